<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Workouts still run; their results are kept in memory while Footwork is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your workout “{name}” of {date} was interrupted after {done} of {total} exercises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume from {exercise}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start {name}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A workout is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Footwork</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>A note for your history (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (0-10):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Daily ball roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loosen the arch before or after a run: 45 seconds a foot with a small ball.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes, to loosen the arch and the band of tissue under it. 45 seconds a foot, 90 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small ball (trigger-point, golf or tennis ball)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot strength and mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve exercises for stronger, more mobile feet, for four to six weeks of regular work. Start with the lower number of each range (10 calf drops, 30 s balance) and move up as the weeks go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tripod check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand on one foot. Feel where your weight rests on the front of the foot: the big-toe side, the little-toe side, or evenly in between. Balanced on all three points of the forefoot is what you are after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does your weight rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit down with a thick rubber band looped around your toes. Push the toes apart against the band and keep them spread for 5 seconds, then relax for 3. Ten times a foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thick rubber band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand with the balls of your feet on the edge of a step, heels free. Rise onto your toes for 2 seconds, pause for 1, lower slowly for 3. Ten times; work up to twelve over the weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step or stair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plantar stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. With your hand, draw the toes back toward the shin until you feel the arch stretch, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe lifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grip a marble or a small ball with your toes, lift it and keep hold of it for 20 seconds. Twice with each foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marble, small stone or small ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift one foot and trace the letters of the alphabet in the air with your big toe, slowly and as large as you can: 3 seconds a letter. Then the other foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Towel curls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit with a small towel flat on the floor under your feet. Scrunch it toward you with your toes for 2 seconds, then push it back out for 2. Three sets of ten, 30 seconds of rest between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small towel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heel walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull your toes up and walk forward on your heels for as long as you can, up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe walks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet and walk forward on your toes for up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand on one leg on a stability disc or Bosu ball and stay steady. Start with 30 seconds and build up to 60; later, add single-leg deadlifts or squats. Press Enter if you step down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stability disc or Bosu ball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face a wall with your hands on it. Step one leg back, keep that leg straight with its heel on the floor, bend the front knee and lean in until the calf stretches. Hold for 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marble pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up ten marbles one by one with your toes and drop them in a cup. Twice a foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter ten marbles on the floor. Pick them up one at a time with your toes and drop each into a small cup. Press Enter (or B) for every marble. Two rounds with each foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 marbles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small cup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ball roll, plantar stretch, toe spelling and calf stretch: about eleven minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes. 45 seconds a foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. Draw the toes back toward the shin until the arch stretches, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace the alphabet in the air with your big toe, slowly and large: 3 seconds a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands on a wall, one leg stepped back and straight with the heel down, front knee bent. Lean in until the calf stretches and hold for 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low}–{high} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to {n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} × {n} s hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paced {tempo} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reps} reps, {pace}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span}, {n} s each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Keep it as partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (cannot load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This routine file cannot be used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <source>BOTH FEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNT YOUR REPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKOUT COMPLETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORKOUT STOPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set {n} / {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep{away}. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Pause  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back  [←]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip  [→]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count rep  [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Today  [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this workout now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>Qt Multimedia (in-process, with volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playsound3 (a player program per cue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia is missing: pip install PySide6-Addons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playsound3 package is missing: pip install playsound3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound player program found for playsound3: install {packages}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound clips found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output device found: install and start PulseAudio or PipeWire (with pipewire-pulse), or connect speakers. Cues are shown on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {time} ({seconds:g} s) in {n} phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ : nominal length; the step ends on taps or may end early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: waits for the runner&apos;s answer, not counted in the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN, not loaded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guided foot strength and mobility workout timer for runners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the app and start ROUTINE at once (an id or a .toml path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the timeline a routine compiles to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a routine id or a .toml path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the built-in and your own routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the workout history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Your history could not be saved to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of Footwork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be opened: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history file could not be read ({cause}); it was kept as {path}; a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format {fmt}: choose csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your results are kept in memory and saved as soon as this works again: keep Footwork open until then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>id &quot;{id}&quot; is already used by {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routine with this id (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply to kind &quot;{kind}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of: {options}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least {n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for kind &quot;{kind}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be combined with pace = &quot;self&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be three seconds [up, hold, down], none negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (format = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1; this version of Footwork reads format 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: at least one [[exercises]] table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [[exercises]] tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate exercise id (first used on line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
