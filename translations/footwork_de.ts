<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>App</name>
    <message>
        <source>Workouts still run; their results are kept in memory while Footwork is open.</source>
        <translation>Trainings laufen trotzdem; ihre Ergebnisse bleiben im Speicher, solange Footwork geöffnet ist.</translation>
    </message>
    <message>
        <source>Your history was restored from the backup of {date}.</source>
        <translation>Dein Verlauf wurde aus der Sicherung vom {date} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The history before it was kept as {path}.</source>
        <translation>Der vorherige Verlauf wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>Footwork is already running; it was asked to start {routine}.</source>
        <translation>Footwork läuft bereits; es wurde gebeten, {routine} zu starten.</translation>
    </message>
    <message>
        <source>Footwork is already running; its window was brought up.</source>
        <translation>Footwork läuft bereits; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <source>Footwork is already running (process {pid}) but does not answer.</source>
        <translation>Footwork läuft bereits (Prozess {pid}), antwortet aber nicht.</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>linker Fuß</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>rechter Fuß</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>Satz {set} von {sets}</translation>
    </message>
    <message>
        <source>Resume from {exercise}, {where}</source>
        <translation>Weiter ab {exercise}, {where}</translation>
    </message>
    <message>
        <source>Your workout “{name}” of {date} was interrupted after {done} of {total} exercises.</source>
        <translation>Dein Training „{name}“ vom {date} wurde nach {done} von {total} Übungen unterbrochen.</translation>
    </message>
    <message>
        <source>Resume from {exercise}</source>
        <translation>Weiter ab {exercise}</translation>
    </message>
    <message>
        <source>Cannot start {name}:</source>
        <translation>{name} kann nicht gestartet werden:</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>On this system, set up starting at login by hand (see the README).</source>
        <translation>Auf diesem System richtest du den Start bei der Anmeldung von Hand ein (siehe README).</translation>
    </message>
    <message>
        <source>Footwork waits in the tray and reminds you of your workout</source>
        <translation>Footwork wartet im Infobereich und erinnert dich an dein Training</translation>
    </message>
    <message>
        <source>Cannot change {path}: {reason}</source>
        <translation>{path} kann nicht geändert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Die Einzelheiten stehen in der Protokolldatei:
{path}</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Die Einzelheiten konnten in keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Footwork ran into an error it did not expect.</source>
        <translation>Footwork ist auf einen unerwarteten Fehler gestoßen.</translation>
    </message>
    <message>
        <source>The exercises already saved in your history are safe.</source>
        <translation>Die bereits in deinem Verlauf gespeicherten Übungen sind sicher.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>May end early (Enter)</source>
        <translation>Vorzeitig beendbar (Enter)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Loslassen</translation>
    </message>
    <message>
        <source>By the tempo</source>
        <translation>Im Takt</translation>
    </message>
    <message>
        <source>Self-paced (count taps)</source>
        <translation>Eigenes Tempo (Tippen zählen)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Each item</source>
        <translation>Pro Element</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer within</source>
        <translation>Antwort binnen</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Folge</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seitenwechsel</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Write the routine to a file to share</source>
        <translation>Die Routine zum Teilen in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Problems to fix before saving: {n}</source>
        <translation>Vor dem Speichern zu beheben: {n}</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the routine as</source>
        <translation>Routine speichern unter</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routinen (*.toml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this routine before leaving?</source>
        <translation>Änderungen an dieser Routine vor dem Verlassen speichern?</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Beide Füße zusammen</translation>
    </message>
    <message>
        <source>Each foot</source>
        <translation>Pro Fuß</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Pro Bein</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>From the built-in routines</source>
        <translation>Aus den mitgelieferten Routinen</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Nach oben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Nach unten (Alt+Runter)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON, for programs (*.json)</source>
        <translation>JSON, für Programme (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Verlauf exportieren</translation>
    </message>
</context>
<context>
    <name>GoalSettings</name>
    <message>
        <source>Program started on</source>
        <translation>Programm begonnen am</translation>
    </message>
    <message>
        <source>Unticked, the program starts on the day of your first workout.</source>
        <translation>Ohne Häkchen beginnt das Programm am Tag deines ersten Trainings.</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Wochenziel:</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Program length:</source>
        <translation>Programmdauer:</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workouts yet&lt;/h2&gt;&lt;p&gt;Your weeks, your streak and your progress show up here after your first workout.&lt;/p&gt;&lt;p&gt;Go back to Today, pick a routine and press Start. Every exercise you finish is saved as you go.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Trainings&lt;/h2&gt;&lt;p&gt;Deine Wochen, deine Serie und dein Fortschritt erscheinen hier nach deinem ersten Training.&lt;/p&gt;&lt;p&gt;Geh zurück zur Übersicht, wähle eine Routine und drück auf „Starten“. Jede Übung, die du abschließt, wird sofort gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportiert nach {path}.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Export nach {path} fehlgeschlagen: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A workout is running</source>
        <translation>Ein Training läuft</translation>
    </message>
</context>
<context>
    <name>LateAnswers</name>
    <message>
        <source>Not answered during the workout: answer now if you like</source>
        <translation>Im Training nicht beantwortet: Antworte jetzt, wenn du magst</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>answered: {answer}</source>
        <translation>beantwortet: {answer}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Footwork</source>
        <translation>Footwork</translation>
    </message>
    <message>
        <source>Results not saved</source>
        <translation>Ergebnisse nicht gespeichert</translation>
    </message>
    <message>
        <source>{n} results could not be saved yet:
{problem}

Quit anyway and lose them?</source>
        <translation>{n} Ergebnisse konnten noch nicht gespeichert werden:
{problem}

Trotzdem beenden und sie verlieren?</translation>
    </message>
    <message>
        <source>A workout is under way</source>
        <translation>Ein Training läuft</translation>
    </message>
    <message>
        <source>Stop the workout under way and start {name}?</source>
        <translation>Das laufende Training beenden und {name} starten?</translation>
    </message>
    <message>
        <source>What it has done so far is saved.</source>
        <translation>Was bisher geschafft ist, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>{name} starten</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>get ready</source>
        <translation>bereit machen</translation>
    </message>
    <message>
        <source>work</source>
        <translation>los</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>release</source>
        <translation>loslassen</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>wechseln</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Fix the problems shown to see the new timeline.</source>
        <translation>Behebe die angezeigten Probleme, um den neuen Ablauf zu sehen.</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Etwa {time}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>{n} reps</source>
        <translation>{n} Wdh.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{name}: {proposed} instead of {current}</source>
        <translation>{name}: {proposed} statt {current}</translation>
    </message>
    <message>
        <source>Your last two sessions did all {current} on every side: one step up.</source>
        <translation>Deine letzten zwei Einheiten schafften alle {current} auf jeder Seite: eine Stufe höher.</translation>
    </message>
    <message>
        <source>Your last two sessions fell clearly short of {current}: one step down.</source>
        <translation>Deine letzten zwei Einheiten blieben deutlich unter {current}: eine Stufe niedriger.</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <source>Proposed for today</source>
        <translation>Vorschlag für heute</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep {current}</source>
        <translation>{current} beibehalten</translation>
    </message>
</context>
<context>
    <name>RangeField</name>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>A note for your history (optional)</source>
        <translation>Eine Notiz für deinen Verlauf (optional)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Saved. Well done!</source>
        <translation>Gespeichert. Gut gemacht!</translation>
    </message>
    <message>
        <source>Effort (0-10):</source>
        <translation>Anstrengung (0-10):</translation>
    </message>
    <message>
        <source>Pain (0-10):</source>
        <translation>Schmerz (0-10):</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Week {week} of {weeks} — {done} of {goal} sessions this week</source>
        <translation>Woche {week} von {weeks} — {done} von {goal} Einheiten diese Woche</translation>
    </message>
    <message>
        <source>Time for your foot workout</source>
        <translation>Zeit für dein Fußtraining</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me of my workout at</source>
        <translation>Mich an mein Training erinnern um</translation>
    </message>
    <message>
        <source>Start Footwork at login, hidden in the tray</source>
        <translation>Footwork bei der Anmeldung starten, versteckt im Infobereich</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Footwork cannot show reminders or wait hidden at login.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher kann Footwork keine Erinnerungen zeigen und nicht versteckt bei der Anmeldung warten.</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore the backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>made today</source>
        <translation>von heute</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>vor {n} Tagen</translation>
    </message>
    <message>
        <source>A backup of your history from {date} ({back}) holds {n} sessions. Restoring it brings them back; the sessions since then are not in it.</source>
        <translation>Eine Sicherung deines Verlaufs vom {date} ({back}) enthält {n} Einheiten. Wiederherstellen holt sie zurück; die Einheiten seither sind nicht darin.</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Daily ball roll</source>
        <translation>Tägliches Ausrollen</translation>
    </message>
    <message>
        <source>Loosen the arch before or after a run: 45 seconds a foot with a small ball.</source>
        <translation>Lockere das Fußgewölbe vor oder nach dem Laufen: 45 Sekunden pro Fuß mit einem kleinen Ball.</translation>
    </message>
    <message>
        <source>Ball roll</source>
        <translation>Fußsohle ausrollen</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes, to loosen the arch and the band of tissue under it. 45 seconds a foot, 90 in all.</source>
        <translation>Roll die Fußsohle langsam über einen kleinen Ball, von der Ferse bis zu den Zehen, um das Fußgewölbe und die Sehnenplatte darunter zu lockern. 45 Sekunden pro Fuß, 90 insgesamt.</translation>
    </message>
    <message>
        <source>small ball (trigger-point, golf or tennis ball)</source>
        <translation>kleiner Ball (Triggerpunkt-, Golf- oder Tennisball)</translation>
    </message>
    <message>
        <source>Foot strength and mobility</source>
        <translation>Fußkraft und Beweglichkeit</translation>
    </message>
    <message>
        <source>Twelve exercises for stronger, more mobile feet, for four to six weeks of regular work. Start with the lower number of each range (10 calf drops, 30 s balance) and move up as the weeks go by.</source>
        <translation>Zwölf Übungen für kräftigere, beweglichere Füße, für vier bis sechs Wochen regelmäßiges Training. Beginne jeweils mit dem unteren Wert (10-mal Fersen senken, 30 s Einbeinstand) und steigere dich von Woche zu Woche.</translation>
    </message>
    <message>
        <source>Tripod check</source>
        <translation>Dreipunkt-Check</translation>
    </message>
    <message>
        <source>Stand on one foot. Feel where your weight rests on the front of the foot: the big-toe side, the little-toe side, or evenly in between. Balanced on all three points of the forefoot is what you are after.</source>
        <translation>Stell dich auf einen Fuß. Spür, wo dein Gewicht auf dem Vorfuß liegt: auf der Seite des großen Zehs, auf der Seite des kleinen Zehs oder gleichmäßig dazwischen. Dein Ziel ist ein ausgewogener Stand auf allen drei Punkten des Vorfußes.</translation>
    </message>
    <message>
        <source>Where does your weight rest?</source>
        <translation>Wo liegt dein Gewicht?</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>außen</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>mittig</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>innen</translation>
    </message>
    <message>
        <source>Toe spread</source>
        <translation>Zehen spreizen</translation>
    </message>
    <message>
        <source>Sit down with a thick rubber band looped around your toes. Push the toes apart against the band and keep them spread for 5 seconds, then relax for 3. Ten times a foot.</source>
        <translation>Setz dich hin und leg ein kräftiges Gummiband um deine Zehen. Spreiz die Zehen gegen das Band und halte sie 5 Sekunden lang gespreizt, dann entspann sie 3 Sekunden lang. Zehnmal pro Fuß.</translation>
    </message>
    <message>
        <source>thick rubber band</source>
        <translation>kräftiges Gummiband</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>Calf drops</source>
        <translation>Fersen senken</translation>
    </message>
    <message>
        <source>Stand with the balls of your feet on the edge of a step, heels free. Rise onto your toes for 2 seconds, pause for 1, lower slowly for 3. Ten times; work up to twelve over the weeks.</source>
        <translation>Stell dich mit den Fußballen auf die Kante einer Stufe, die Fersen frei. Geh in 2 Sekunden auf die Zehenspitzen, halte 1 Sekunde und senk die Fersen in 3 Sekunden langsam ab. Zehnmal; steigere dich im Lauf der Wochen auf zwölf.</translation>
    </message>
    <message>
        <source>step or stair</source>
        <translation>Stufe oder Treppe</translation>
    </message>
    <message>
        <source>Plantar stretch</source>
        <translation>Fußsohle dehnen</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. With your hand, draw the toes back toward the shin until you feel the arch stretch, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Setz dich und leg einen Knöchel auf den anderen Oberschenkel. Zieh die Zehen mit der Hand Richtung Schienbein, bis du die Dehnung im Fußgewölbe spürst, und halte sie 10 Sekunden lang. Zehnmal pro Fuß.</translation>
    </message>
    <message>
        <source>Toe lifts</source>
        <translation>Mit den Zehen heben</translation>
    </message>
    <message>
        <source>Grip a marble or a small ball with your toes, lift it and keep hold of it for 20 seconds. Twice with each foot.</source>
        <translation>Greif mit den Zehen eine Murmel oder einen kleinen Ball, heb den Fuß an und halte 20 Sekunden lang fest. Zweimal mit jedem Fuß.</translation>
    </message>
    <message>
        <source>marble, small stone or small ball</source>
        <translation>Murmel, kleiner Stein oder kleiner Ball</translation>
    </message>
    <message>
        <source>Toe spelling</source>
        <translation>Alphabet mit den Zehen</translation>
    </message>
    <message>
        <source>Lift one foot and trace the letters of the alphabet in the air with your big toe, slowly and as large as you can: 3 seconds a letter. Then the other foot.</source>
        <translation>Heb einen Fuß an und schreib mit dem großen Zeh die Buchstaben des Alphabets in die Luft, langsam und so groß wie möglich: 3 Sekunden pro Buchstabe. Dann der andere Fuß.</translation>
    </message>
    <message>
        <source>Towel curls</source>
        <translation>Handtuch greifen</translation>
    </message>
    <message>
        <source>Sit with a small towel flat on the floor under your feet. Scrunch it toward you with your toes for 2 seconds, then push it back out for 2. Three sets of ten, 30 seconds of rest between.</source>
        <translation>Setz dich hin, ein kleines Handtuch liegt flach unter deinen Füßen auf dem Boden. Zieh es 2 Sekunden lang mit den Zehen zu dir heran, dann schieb es 2 Sekunden lang wieder weg. Drei Sätze à zehn, dazwischen 30 Sekunden Pause.</translation>
    </message>
    <message>
        <source>small towel</source>
        <translation>kleines Handtuch</translation>
    </message>
    <message>
        <source>Heel walks</source>
        <translation>Fersengang</translation>
    </message>
    <message>
        <source>Pull your toes up and walk forward on your heels for as long as you can, up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Zieh die Zehen hoch und geh so lange wie möglich auf den Fersen vorwärts, bis zu einer Minute. Drück Enter, wenn du früher aufhörst. Dreimal, mit 30 Sekunden Pause dazwischen.</translation>
    </message>
    <message>
        <source>Toe walks</source>
        <translation>Zehenspitzengang</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet and walk forward on your toes for up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Geh auf die Fußballen und lauf bis zu einer Minute auf den Zehenspitzen vorwärts. Drück Enter, wenn du früher aufhörst. Dreimal, mit 30 Sekunden Pause dazwischen.</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Einbeinstand</translation>
    </message>
    <message>
        <source>Stand on one leg on a stability disc or Bosu ball and stay steady. Start with 30 seconds and build up to 60; later, add single-leg deadlifts or squats. Press Enter if you step down.</source>
        <translation>Stell dich auf einem Bein auf ein Balancekissen oder einen Bosu-Ball und bleib stabil. Beginne mit 30 Sekunden und steigere dich auf 60; später kommen einbeiniges Kreuzheben oder einbeinige Kniebeugen dazu. Drück Enter, wenn du absteigen musst.</translation>
    </message>
    <message>
        <source>stability disc or Bosu ball</source>
        <translation>Balancekissen oder Bosu-Ball</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Wadendehnung</translation>
    </message>
    <message>
        <source>Face a wall with your hands on it. Step one leg back, keep that leg straight with its heel on the floor, bend the front knee and lean in until the calf stretches. Hold for 30 seconds.</source>
        <translation>Stell dich mit dem Gesicht zur Wand und stütz die Hände daran ab. Stell ein Bein nach hinten, halte es gestreckt und die Ferse am Boden, beug das vordere Knie und lehn dich nach vorn, bis die Wade gedehnt wird. 30 Sekunden halten.</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>Marble pickup</source>
        <translation>Murmeln aufheben</translation>
    </message>
    <message>
        <source>Pick up ten marbles one by one with your toes and drop them in a cup. Twice a foot.</source>
        <translation>Heb zehn Murmeln einzeln mit den Zehen auf und lass sie in einen Becher fallen. Zweimal pro Fuß.</translation>
    </message>
    <message>
        <source>Scatter ten marbles on the floor. Pick them up one at a time with your toes and drop each into a small cup. Press Enter (or B) for every marble. Two rounds with each foot.</source>
        <translation>Verteil zehn Murmeln auf dem Boden. Heb sie einzeln mit den Zehen auf und lass jede in einen kleinen Becher fallen. Drück für jede Murmel Enter (oder B). Zwei Runden mit jedem Fuß.</translation>
    </message>
    <message>
        <source>10 marbles</source>
        <translation>10 Murmeln</translation>
    </message>
    <message>
        <source>small cup</source>
        <translation>kleiner Becher</translation>
    </message>
    <message>
        <source>Quick mobility</source>
        <translation>Mobilität kompakt</translation>
    </message>
    <message>
        <source>Ball roll, plantar stretch, toe spelling and calf stretch: about eleven minutes.</source>
        <translation>Fußsohle ausrollen, Fußsohle dehnen, Alphabet mit den Zehen und Wadendehnung: etwa elf Minuten.</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes. 45 seconds a foot.</source>
        <translation>Roll die Fußsohle langsam über einen kleinen Ball, von der Ferse bis zu den Zehen. 45 Sekunden pro Fuß.</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. Draw the toes back toward the shin until the arch stretches, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Setz dich und leg einen Knöchel auf den anderen Oberschenkel. Zieh die Zehen Richtung Schienbein, bis sich das Fußgewölbe dehnt, und halte sie 10 Sekunden lang. Zehnmal pro Fuß.</translation>
    </message>
    <message>
        <source>Trace the alphabet in the air with your big toe, slowly and large: 3 seconds a letter.</source>
        <translation>Schreib mit dem großen Zeh das Alphabet in die Luft, langsam und groß: 3 Sekunden pro Buchstabe.</translation>
    </message>
    <message>
        <source>Hands on a wall, one leg stepped back and straight with the heel down, front knee bent. Lean in until the calf stretches and hold for 30 seconds.</source>
        <translation>Hände an die Wand, ein Bein gestreckt nach hinten, Ferse am Boden, vorderes Knie gebeugt. Lehn dich nach vorn, bis die Wade gedehnt wird, und halte 30 Sekunden.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add a routine file (or drop .toml files here)</source>
        <translation>Eine Routinedatei hinzufügen (oder .toml-Dateien hierher ziehen)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the routine&apos;s file, to share it</source>
        <translation>Die Datei der Routine schreiben, um sie zu teilen</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Kopie bearbeiten</translation>
    </message>
</context>
<context>
    <name>RoutineEdit</name>
    <message>
        <source>How did it go?</source>
        <translation>Wie lief es?</translation>
    </message>
    <message>
        <source>well</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} gibt es schon</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>Export the routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routinen (*.toml)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
</context>
<context>
    <name>RoutineImport</name>
    <message>
        <source>id &quot;{id}&quot; is a built-in routine&apos;s; change the id in the file</source>
        <translation>die ID „{id}“ gehört einer mitgelieferten Routine; ändere die ID in der Datei</translation>
    </message>
</context>
<context>
    <name>RoutineImporter</name>
    <message>
        <source>Import routines</source>
        <translation>Routinen importieren</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routinen (*.toml)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed:</source>
        <translation>Diese Datei kann nicht importiert werden; nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Replace the routine?</source>
        <translation>Routine ersetzen?</translation>
    </message>
    <message>
        <source>Replace it with the imported one?</source>
        <translation>Durch die importierte ersetzen?</translation>
    </message>
</context>
<context>
    <name>SessionDetails</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} von {planned}</translation>
    </message>
    <message>
        <source>bouts {list}</source>
        <translation>Durchgänge {list}</translation>
    </message>
    <message>
        <source>{done} of {planned} holds</source>
        <translation>{done} von {planned} Haltephasen</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{done} von {planned} Wiederholungen</translation>
    </message>
    <message>
        <source>{done} of {planned} letters</source>
        <translation>{done} von {planned} Buchstaben</translation>
    </message>
    <message>
        <source>{done} of {planned} sets</source>
        <translation>{done} von {planned} Sätzen</translation>
    </message>
    <message>
        <source>{date}, {time}: {routine} ({status})</source>
        <translation>{date}, {time}: {routine} ({status})</translation>
    </message>
    <message>
        <source>Effort {effort} · pain {pain} (of 10)</source>
        <translation>Anstrengung {effort} · Schmerz {pain} (von 10)</translation>
    </message>
    <message>
        <source>No exercise was saved.</source>
        <translation>Es wurde keine Übung gespeichert.</translation>
    </message>
    <message>
        <source>Not reached: {list}</source>
        <translation>Nicht erreicht: {list}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Delete session…</source>
        <translation>Einheit löschen…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Choose a session to see what it did.</source>
        <translation>Wähl eine Einheit aus, um zu sehen, was du gemacht hast.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Einheit vom {date}, {time} löschen?</translation>
    </message>
    <message>
        <source>Its results and rating are removed from your history. This cannot be undone.</source>
        <translation>Ihre Ergebnisse und ihre Bewertung werden aus deinem Verlauf entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Speak the cues: “switch feet”, “hold”...</source>
        <translation>Ansagen sprechen: „Seite wechseln“, „Halten“ …</translation>
    </message>
    <message>
        <source>Beeps and count-down ticks</source>
        <translation>Pieptöne und Countdown-Ticks</translation>
    </message>
    <message>
        <source>Test: say “switch feet”</source>
        <translation>Test: „Seite wechseln“ sagen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>The new language applies the next time Footwork starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Footwork.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Protokolldatei: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Es konnte keine Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Sound through</source>
        <translation>Wiedergabe über</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message numerus="yes">
        <source>Current streak: %n week(s)</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Woche</numerusform>
            <numerusform>Aktuelle Serie: %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} · Longest: {longest}</source>
        <translation>{current} · Längste: {longest}</translation>
    </message>
    <message>
        <source>Your {n}-week program starts with your first workout</source>
        <translation>Dein {n}-Wochen-Programm beginnt mit deinem ersten Training</translation>
    </message>
    <message>
        <source>Your {n}-week program starts on {date}</source>
        <translation>Dein {n}-Wochen-Programm beginnt am {date}</translation>
    </message>
    <message>
        <source>Program done: all {n} weeks</source>
        <translation>Programm geschafft: alle {n} Wochen</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation>Woche {week} von {weeks}</translation>
    </message>
    <message>
        <source>This week: {done} of {goal}</source>
        <translation>Diese Woche: {done} von {goal}</translation>
    </message>
    <message>
        <source>{percent}% of planned exercises done</source>
        <translation>{percent}&#xa0;% der geplanten Übungen erledigt</translation>
    </message>
</context>
<context>
    <name>TempoField</name>
    <message>
        <source>up</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>halten</translation>
    </message>
    <message>
        <source>down</source>
        <translation>runter</translation>
    </message>
</context>
<context>
    <name>TextListField</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{now} s ({low}–{high} s)</source>
        <translation>{now} s ({low}–{high} s)</translation>
    </message>
    <message>
        <source>up to {n} s</source>
        <translation>bis zu {n} s</translation>
    </message>
    <message>
        <source>{reps} × {n} s hold</source>
        <translation>{reps} × {n} s halten</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>in deinem Tempo</translation>
    </message>
    <message>
        <source>paced {tempo} s</source>
        <translation>im Takt {tempo} s</translation>
    </message>
    <message>
        <source>{reps} reps, {pace}</source>
        <translation>{reps} Wiederholungen, {pace}</translation>
    </message>
    <message>
        <source>{span}, {n} s each</source>
        <translation>{span}, je {n} s</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} Sätze</translation>
    </message>
    <message>
        <source>{n} s rest</source>
        <translation>{n} s Pause</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>pro Fuß</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>pro Bein</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Keep it as partial</source>
        <translation>Als unvollständig behalten</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Starten  [Enter]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>{name} (cannot load)</source>
        <translation>{name} (nicht ladbar)</translation>
    </message>
    <message>
        <source>Program: week {week} of {weeks}</source>
        <translation>Programm: Woche {week} von {weeks}</translation>
    </message>
    <message>
        <source>This routine file cannot be used:</source>
        <translation>Diese Routinendatei kann nicht verwendet werden:</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Etwa {time}</translation>
    </message>
    <message>
        <source>Exercises: {n}</source>
        <translation>Übungen: {n}</translation>
    </message>
    <message>
        <source>You need:</source>
        <translation>Du brauchst:</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Footwork</source>
        <translation>Footwork</translation>
    </message>
    <message>
        <source>Open Footwork</source>
        <translation>Footwork öffnen</translation>
    </message>
    <message>
        <source>Quit Footwork</source>
        <translation>Footwork beenden</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Progress of</source>
        <translation>Fortschritt bei</translation>
    </message>
    <message>
        <source>Best bout (s)</source>
        <translation>Bester Durchgang (s)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Haltephasen</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>TripodChart</name>
    <message>
        <source>Tripod test: where your weight rests</source>
        <translation>Dreipunkt-Test: wo dein Gewicht liegt</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>this week, in progress</source>
        <translation>diese Woche, läuft noch</translation>
    </message>
    <message>
        <source>goal {n}</source>
        <translation>Ziel {n}</translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <source>BOTH FEET</source>
        <translation>BEIDE FÜSSE</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>LINKES BEIN</translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation>LINKER FUSS</translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>RECHTES BEIN</translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation>RECHTER FUSS</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>MACH DICH BEREIT</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>LOSLASSEN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>SPELL</source>
        <translation>SCHREIBEN</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFEN</translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation>BEIN WECHSELN</translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>COUNT YOUR REPS</source>
        <translation>WIEDERHOLUNGEN ZÄHLEN</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>LOS</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Linker Fuß</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Rechter Fuß</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Beide Füße</translation>
    </message>
    <message>
        <source>rep {n} of {total}</source>
        <translation>Wdh. {n} von {total}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Bein wechseln</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Fuß wechseln</translation>
    </message>
    <message>
        <source>set {n} of {total}</source>
        <translation>Satz {n} von {total}</translation>
    </message>
    <message>
        <source>WORKOUT COMPLETE</source>
        <translation>TRAINING GESCHAFFT</translation>
    </message>
    <message>
        <source>WORKOUT STOPPED</source>
        <translation>TRAINING ABGEBROCHEN</translation>
    </message>
    <message>
        <source>set {n} / {total}</source>
        <translation>Satz {n} / {total}</translation>
    </message>
    <message>
        <source>You need: {items}</source>
        <translation>Du brauchst: {items}</translation>
    </message>
    <message>
        <source>No answer: it goes on by itself in {n} s</source>
        <translation>Keine Antwort: In {n} s geht es von selbst weiter</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep{away}. Press Space to go on.</source>
        <translation>Pausiert: Der Computer war{away} im Ruhezustand. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source> for {time}</source>
        <translation> {time} lang</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>Pausiert. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Wdh. zählen</translation>
    </message>
    <message>
        <source>Done early</source>
        <translation>Schon fertig</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Als Nächstes: {what}</translation>
    </message>
    <message>
        <source>{time} of exercise</source>
        <translation>{time} Training</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Noch {time}</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Leertaste]</translation>
    </message>
    <message>
        <source>Back  [←]</source>
        <translation>Zurück  [←]</translation>
    </message>
    <message>
        <source>Skip  [→]</source>
        <translation>Überspringen  [→]</translation>
    </message>
    <message>
        <source>Count rep  [Enter]</source>
        <translation>Wdh. zählen  [Enter]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Beenden  [Esc]</translation>
    </message>
    <message>
        <source>Back to Today  [Enter]</source>
        <translation>Zurück zur Übersicht  [Enter]</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>End this workout now? What you have done so far is kept.</source>
        <translation>Dieses Training jetzt beenden? Was du bisher geschafft hast, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Stop workout</source>
        <translation>Training beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Weiter  [Leertaste]</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>PulseAudio stream (every cue on the beat)</source>
        <extracomment>Backend ids in the order they are tried, with their names for the settings.</extracomment>
        <translation>PulseAudio-Stream (jede Ansage genau im Takt)</translation>
    </message>
    <message>
        <source>Qt Multimedia (in-process, with volume)</source>
        <translation>Qt Multimedia (im Programm, mit Lautstärkeregelung)</translation>
    </message>
    <message>
        <source>playsound3 (a player program per cue)</source>
        <translation>playsound3 (ein Abspielprogramm pro Signal)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Qt Multimedia is missing: pip install PySide6-Addons.</source>
        <translation>Qt Multimedia fehlt: pip install PySide6-Addons.</translation>
    </message>
    <message>
        <source>The playsound3 package is missing: pip install playsound3.</source>
        <translation>Das Paket playsound3 fehlt: pip install playsound3.</translation>
    </message>
    <message>
        <source>No sound player program found for playsound3: install {packages}.</source>
        <translation>Kein Abspielprogramm für playsound3 gefunden: Installiere {packages}.</translation>
    </message>
    <message>
        <source>No sound clips found in {folder}.</source>
        <translation>Keine Sounddateien in {folder} gefunden.</translation>
    </message>
    <message>
        <source>No sound output device found: install and start PulseAudio or PipeWire (with pipewire-pulse), or connect speakers. Cues are shown on screen only.</source>
        <translation>Kein Audioausgabegerät gefunden: Installiere und starte PulseAudio oder PipeWire (mit pipewire-pulse) oder schließ Lautsprecher an. Ansagen erscheinen nur auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The PulseAudio client library is missing: install libpulse0.</source>
        <translation>Die PulseAudio-Clientbibliothek fehlt: Installiere libpulse0.</translation>
    </message>
    <message>
        <source>No sound server answered ({error}): start PulseAudio or PipeWire (with pipewire-pulse).</source>
        <translation>Kein Soundserver hat geantwortet ({error}): Starte PulseAudio oder PipeWire (mit pipewire-pulse).</translation>
    </message>
    <message>
        <source>The sound clips in {folder} have different sample rates.</source>
        <translation>Die Sounddateien in {folder} haben unterschiedliche Abtastraten.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Total: {time} ({seconds:g} s) in {n} phases</source>
        <translation>Gesamt: {time} ({seconds:g} s) in {n} Phasen</translation>
    </message>
    <message>
        <source>~ : nominal length; the step ends on taps or may end early</source>
        <translation>~ : Richtdauer; der Schritt endet per Tastendruck oder kann früher enden</translation>
    </message>
    <message>
        <source>[cue]: not played, one sound at a time (a higher cue still sounds)</source>
        <translation>[Ansage]: nicht gespielt, ein Ton auf einmal (eine wichtigere Ansage erklingt trotzdem)</translation>
    </message>
    <message>
        <source>a check waits its length for an answer, then goes on as not answered</source>
        <translation>eine Prüfung wartet ihre Dauer lang auf eine Antwort und geht dann unbeantwortet weiter</translation>
    </message>
    <message>
        <source>week {week} of {weeks}</source>
        <translation>Woche {week} von {weeks}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>BROKEN, not loaded:</source>
        <translation>FEHLERHAFT, nicht geladen:</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>{n} Zeilen in {path} geschrieben</translation>
    </message>
    <message>
        <source>There is no history to back up yet.</source>
        <translation>Es gibt noch keinen Verlauf zum Sichern.</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Verlauf gesichert in {path}</translation>
    </message>
    <message>
        <source>Footwork is running (process {pid}): quit it, then restore again.</source>
        <translation>Footwork läuft (Prozess {pid}): Beende es und stelle dann erneut wieder her.</translation>
    </message>
    <message>
        <source>Restored {n} sessions from {path}.</source>
        <translation>{n} Einheiten aus {path} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The history before was kept as {path}.</source>
        <translation>Der vorherige Verlauf wurde als {path} aufbewahrt.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} entfernt</translation>
    </message>
    <message>
        <source>Footwork was not installed on the desktop.</source>
        <translation>Footwork war nicht auf dem Desktop installiert.</translation>
    </message>
    <message>
        <source>add --replace to replace it</source>
        <translation>mit --replace wird sie ersetzt</translation>
    </message>
    <message>
        <source>imported as {path}</source>
        <translation>importiert als {path}</translation>
    </message>
    <message>
        <source>A guided foot strength and mobility workout timer for runners.</source>
        <translation>Ein geführter Trainings-Timer für Fußkraft und Beweglichkeit, für Läuferinnen und Läufer.</translation>
    </message>
    <message>
        <source>open the app and start ROUTINE at once (an id or a .toml path)</source>
        <translation>die App öffnen und ROUTINE sofort starten (eine ID oder ein .toml-Pfad)</translation>
    </message>
    <message>
        <source>report the routines, cue clips and translations found and whether sound works; exit 1 when something bundled is missing</source>
        <translation>die gefundenen Routinen, Ansagen und Übersetzungen melden und ob der Ton geht; Status 1, wenn etwas Mitgeliefertes fehlt</translation>
    </message>
    <message>
        <source>log every detail, to the terminal as well as to the log file</source>
        <translation>alle Einzelheiten protokollieren, im Terminal wie in der Protokolldatei</translation>
    </message>
    <message>
        <source>start in the tray without opening the window (for login)</source>
        <translation>im Infobereich starten, ohne das Fenster zu öffnen (für die Anmeldung)</translation>
    </message>
    <message>
        <source>print the timeline a routine compiles to</source>
        <translation>den Zeitplan ausgeben, den eine Routine ergibt</translation>
    </message>
    <message>
        <source>a routine id or a .toml path</source>
        <translation>eine Routinen-ID oder ein .toml-Pfad</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>the program&apos;s week: ranges such as 10-12 reps move up by week</source>
        <translation>die Woche im Programm: Bereiche wie 10-12 Wiederholungen steigen von Woche zu Woche</translation>
    </message>
    <message>
        <source>how many weeks the program lasts (default 6)</source>
        <translation>wie viele Wochen das Programm dauert (Standard: 6)</translation>
    </message>
    <message>
        <source>the language of the clips whose lengths decide what plays</source>
        <translation>die Sprache der Ansagen, deren Längen bestimmen, was gespielt wird</translation>
    </message>
    <message>
        <source>list the built-in and your own routines</source>
        <translation>die mitgelieferten und deine eigenen Routinen auflisten</translation>
    </message>
    <message>
        <source>write the workout history</source>
        <translation>den Trainingsverlauf schreiben</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>Zieldatei (Standard: stdout)</translation>
    </message>
    <message>
        <source>copy the history to today&apos;s backup in the data folder</source>
        <translation>den Verlauf in die heutige Sicherung im Datenordner kopieren</translation>
    </message>
    <message>
        <source>replace the history by a backup (the current one is kept)</source>
        <translation>den Verlauf durch eine Sicherung ersetzen (der aktuelle bleibt erhalten)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>add Footwork and its routines to the applications menu (for this user)</source>
        <translation>Footwork und seine Routinen ins Anwendungsmenü aufnehmen (für diesen Benutzer)</translation>
    </message>
    <message>
        <source>remove what install-desktop wrote</source>
        <translation>entfernen, was install-desktop geschrieben hat</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines</source>
        <translation>eine Routinedatei prüfen und zu deinen Routinen hinzufügen</translation>
    </message>
    <message>
        <source>a routine .toml file</source>
        <translation>eine .toml-Routinedatei</translation>
    </message>
    <message>
        <source>replace your routine that has the same id</source>
        <translation>deine Routine mit derselben ID ersetzen</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Workout timer</source>
        <extracomment>The translatable texts of the shipped entry&apos;s main group: key, context, English text.</extracomment>
        <translation>Trainings-Timer</translation>
    </message>
    <message>
        <source>workout;exercise;timer;feet;running;mobility;</source>
        <translation>Training;Übung;Timer;Füße;Laufen;Beweglichkeit;</translation>
    </message>
    <message>
        <source>Footwork&apos;s desktop files are missing from its installation:</source>
        <translation>In der Installation von Footwork fehlen seine Desktop-Dateien:</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Your history at {path} could not be read: {reason}.</source>
        <translation>Dein Verlauf in {path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Your history could not be saved to {path}: {reason}.</source>
        <translation>Dein Verlauf konnte nicht in {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}.</source>
        <translation>{path} kann nicht wiederhergestellt werden: {reason}.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Footwork</source>
        <translation>sie wurde mit einer neueren Version von Footwork erstellt</translation>
    </message>
    <message>
        <source>it holds no Footwork history</source>
        <translation>sie enthält keinen Footwork-Verlauf</translation>
    </message>
    <message>
        <source>it could not be opened: {detail}</source>
        <translation>sie ließ sich nicht öffnen: {detail}</translation>
    </message>
    <message>
        <source>it is damaged: {detail}</source>
        <translation>sie ist beschädigt: {detail}</translation>
    </message>
    <message>
        <source>Your history file could not be read ({cause}); it was kept as {path}; a new one was started.</source>
        <translation>Deine Verlaufsdatei konnte nicht gelesen werden ({cause}); sie wurde als {path} aufbewahrt und eine neue wurde angelegt.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt}: choose csv or json.</source>
        <translation>Unbekanntes Exportformat {fmt}: Wähl csv oder json.</translation>
    </message>
    <message>
        <source>Your results are kept in memory and saved as soon as this works again: keep Footwork open until then.</source>
        <translation>Deine Ergebnisse bleiben im Speicher und werden gespeichert, sobald das wieder klappt: Lass Footwork bis dahin geöffnet.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>id &quot;{id}&quot; is already used by {path}</source>
        <translation>die ID &quot;{id}&quot; wird bereits von {path} verwendet</translation>
    </message>
    <message>
        <source>no routine with this id (known: {known})</source>
        <translation>keine Routine mit dieser ID (bekannt: {known})</translation>
    </message>
    <message>
        <source>does not apply to kind &quot;{kind}&quot;</source>
        <translation>gilt nicht für kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und einzelne Bindestriche enthalten</translation>
    </message>
    <message>
        <source>must be one of: {options}</source>
        <translation>muss einer dieser Werte sein: {options}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation>muss {kind} sein</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>null oder größer</translation>
    </message>
    <message>
        <source>greater than zero</source>
        <translation>größer als null</translation>
    </message>
    <message>
        <source>must be {limit}</source>
        <translation>muss {limit} sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>must have at least {n} entries</source>
        <translation>muss mindestens {n} Einträge haben</translation>
    </message>
    <message>
        <source>is required for kind &quot;{kind}&quot;</source>
        <translation>ist für kind &quot;{kind}&quot; erforderlich</translation>
    </message>
    <message>
        <source>must not be less than seconds</source>
        <translation>darf nicht kleiner als seconds sein</translation>
    </message>
    <message>
        <source>must not be less than reps</source>
        <translation>darf nicht kleiner als reps sein</translation>
    </message>
    <message>
        <source>cannot be combined with pace = &quot;self&quot;</source>
        <translation>ist nicht mit pace = &quot;self&quot; kombinierbar</translation>
    </message>
    <message>
        <source>must be three seconds [up, hold, down], none negative</source>
        <translation>muss aus drei Sekundenwerten bestehen [hoch, halten, runter], keiner negativ</translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation>ist keine Textdatei</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>is required (format = 1)</source>
        <translation>ist erforderlich (format = 1)</translation>
    </message>
    <message>
        <source>must be 1; this version of Footwork reads format 1</source>
        <translation>muss 1 sein; diese Version von Footwork liest Format 1</translation>
    </message>
    <message>
        <source>is required: at least one [[exercises]] table</source>
        <translation>ist erforderlich: mindestens eine [[exercises]]-Tabelle</translation>
    </message>
    <message>
        <source>must be [[exercises]] tables</source>
        <translation>muss aus [[exercises]]-Tabellen bestehen</translation>
    </message>
    <message>
        <source>must have at least one exercise</source>
        <translation>muss mindestens eine Übung enthalten</translation>
    </message>
    <message>
        <source>duplicate exercise id (first used on line {line})</source>
        <translation>doppelte Übungs-ID (zuerst verwendet in Zeile {line})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
</context>
<context>
    <name>self-check</name>
    <message>
        <source>{n} built-in ({ids}), {yours} of yours</source>
        <translation>{n} mitgeliefert ({ids}), {yours} eigene</translation>
    </message>
    <message>
        <source>broken: {names}</source>
        <translation>fehlerhaft: {names}</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>fehlt: {names}</translation>
    </message>
    <message>
        <source>none in {path}</source>
        <translation>keine in {path}</translation>
    </message>
    <message>
        <source>cue clips</source>
        <translation>Ansagen</translation>
    </message>
    <message>
        <source>{langs} ({n} .qm)</source>
        <translation>{langs} ({n} .qm)</translation>
    </message>
    <message>
        <source>missing or unreadable: {langs}</source>
        <translation>fehlt oder unlesbar: {langs}</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>menu entry, metainfo, icon ({sizes} px and SVG)</source>
        <translation>Menüeintrag, Metainfo, Symbol ({sizes} px und SVG)</translation>
    </message>
    <message>
        <source>desktop files</source>
        <translation>Desktop-Dateien</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>built in {ms:.0f} ms ({platform})</source>
        <translation>in {ms:.0f} ms aufgebaut ({platform})</translation>
    </message>
    <message>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <source>sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>missing ({reason}): pip install PySide6-Addons</source>
        <translation>fehlt ({reason}): pip install PySide6-Addons</translation>
    </message>
    <message>
        <source>available</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>player program</source>
        <translation>Abspielprogramm</translation>
    </message>
    <message>
        <source>available for playsound3</source>
        <translation>für playsound3 vorhanden</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Footwork {version} self-check</source>
        <translation>Selbsttest von Footwork {version}</translation>
    </message>
    <message>
        <source>Something is missing: reinstall Footwork.</source>
        <translation>Etwas fehlt: Installiere Footwork neu.</translation>
    </message>
    <message>
        <source>Everything bundled was found.</source>
        <translation>Alles Mitgelieferte wurde gefunden.</translation>
    </message>
</context>
</TS>
