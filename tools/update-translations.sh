#!/usr/bin/env bash
# Refreshes translations/footwork_<lang>.ts from the source (pyside6-lupdate finds every
# translate("ctx", "text"), self.tr("text") and QT_TRANSLATE_NOOP("ctx", "text")), then
# compiles them to .qm files, which the app loads for the system's or the chosen language.
# Then: translate what tools/translation_status.py --list names (each .ts entry marked
# type="unfinished"), remove that mark, and run this again to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${VENV_BIN:-.venv/bin}
languages=(de es fr)
"$bin/python" tools/routine_texts.py
mapfile -t sources < <(find src/footwork -name '*.py' | sort)
targets=()
for lang in "${languages[@]}"; do targets+=("translations/footwork_${lang}.ts"); done
"$bin/pyside6-lupdate" -no-obsolete -locations none "${sources[@]}" -ts "${targets[@]}"
for ts in "${targets[@]}"; do
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
# What is left to translate (tools/translation_status.py --list names each text)
"$bin/python" tools/translation_status.py || true
