<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Workouts still run; their results are kept in memory while Footwork is open.</source>
        <translation>Los entrenamientos siguen funcionando; sus resultados se guardan en memoria mientras Footwork esté abierto.</translation>
    </message>
    <message>
        <source>Your history was restored from the backup of {date}.</source>
        <translation>Tu historial se ha restaurado desde la copia de seguridad del {date}.</translation>
    </message>
    <message>
        <source>The history before it was kept as {path}.</source>
        <translation>El historial anterior se ha guardado como {path}.</translation>
    </message>
    <message>
        <source>Footwork is already running; it was asked to start {routine}.</source>
        <translation>Footwork ya está en marcha; se le ha pedido que inicie {routine}.</translation>
    </message>
    <message>
        <source>Footwork is already running; its window was brought up.</source>
        <translation>Footwork ya está en marcha; se ha traído su ventana al frente.</translation>
    </message>
    <message>
        <source>Footwork is already running (process {pid}) but does not answer.</source>
        <translation>Footwork ya está en marcha (proceso {pid}) pero no responde.</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>pierna izquierda</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>pierna derecha</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pie izquierdo</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pie derecho</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>serie {set} de {sets}</translation>
    </message>
    <message>
        <source>Resume from {exercise}, {where}</source>
        <translation>Reanudar desde {exercise}, {where}</translation>
    </message>
    <message>
        <source>Your workout “{name}” of {date} was interrupted after {done} of {total} exercises.</source>
        <translation>Tu entrenamiento «{name}» del {date} se interrumpió tras {done} de {total} ejercicios.</translation>
    </message>
    <message>
        <source>Resume from {exercise}</source>
        <translation>Continuar desde {exercise}</translation>
    </message>
    <message>
        <source>Cannot start {name}:</source>
        <translation>No se puede iniciar {name}:</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>On this system, set up starting at login by hand (see the README).</source>
        <translation>En este sistema, configura el inicio al iniciar sesión a mano (consulta el README).</translation>
    </message>
    <message>
        <source>Footwork waits in the tray and reminds you of your workout</source>
        <translation>Footwork espera en la bandeja del sistema y te recuerda tu entrenamiento</translation>
    </message>
    <message>
        <source>Cannot change {path}: {reason}</source>
        <translation>No se puede cambiar {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Los detalles están en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
        <source>Footwork ran into an error it did not expect.</source>
        <translation>Footwork se ha encontrado con un error inesperado.</translation>
    </message>
    <message>
        <source>The exercises already saved in your history are safe.</source>
        <translation>Los ejercicios ya guardados en tu historial están a salvo.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
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
        <translation>Segundos</translation>
    </message>
    <message>
        <source>May end early (Enter)</source>
        <translation>Puede acabar antes (Enter)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Soltar</translation>
    </message>
    <message>
        <source>By the tempo</source>
        <translation>Al ritmo</translation>
    </message>
    <message>
        <source>Self-paced (count taps)</source>
        <translation>A tu ritmo (contar pulsaciones)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Cadencia</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Each item</source>
        <translation>Cada elemento</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answer within</source>
        <translation>Responder en</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Por tiempo</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambio de lado</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Write the routine to a file to share</source>
        <translation>Escribir la rutina en un archivo para compartirla</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Problems to fix before saving: {n}</source>
        <translation>Problemas por corregir antes de guardar: {n}</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Editando {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Save the routine as</source>
        <translation>Guardar la rutina como</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Rutinas (*.toml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this routine before leaving?</source>
        <translation>¿Guardar los cambios de esta rutina antes de salir?</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Ambos pies a la vez</translation>
    </message>
    <message>
        <source>Each foot</source>
        <translation>Cada pie</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Cada pierna</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Descanso entre series</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Add exercise</source>
        <translation>Añadir ejercicio</translation>
    </message>
    <message>
        <source>From the built-in routines</source>
        <translation>De las rutinas incluidas</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>En blanco</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>JSON, for programs (*.json)</source>
        <translation>JSON, para programas (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar historial</translation>
    </message>
</context>
<context>
    <name>GoalSettings</name>
    <message>
        <source>Program started on</source>
        <translation>Programa iniciado el</translation>
    </message>
    <message>
        <source>Unticked, the program starts on the day of your first workout.</source>
        <translation>Si no está marcado, el programa empieza el día de tu primer entrenamiento.</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Objetivo semanal:</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Program length:</source>
        <translation>Duración del programa:</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workouts yet&lt;/h2&gt;&lt;p&gt;Your weeks, your streak and your progress show up here after your first workout.&lt;/p&gt;&lt;p&gt;Go back to Today, pick a routine and press Start. Every exercise you finish is saved as you go.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay entrenamientos&lt;/h2&gt;&lt;p&gt;Tus semanas, tu racha y tu progreso aparecerán aquí después de tu primer entrenamiento.&lt;/p&gt;&lt;p&gt;Vuelve al inicio, elige una rutina y pulsa «Empezar». Cada ejercicio que terminas se guarda sobre la marcha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>No se pudo exportar a {path}: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Detenido antes de tiempo</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A workout is running</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
</context>
<context>
    <name>LateAnswers</name>
    <message>
        <source>Not answered during the workout: answer now if you like</source>
        <translation>Sin responder durante el entrenamiento: responde ahora si quieres</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>answered: {answer}</source>
        <translation>respondido: {answer}</translation>
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
        <translation>Resultados sin guardar</translation>
    </message>
    <message>
        <source>{n} results could not be saved yet:
{problem}

Quit anyway and lose them?</source>
        <translation>Aún no se han podido guardar {n} resultados:
{problem}

¿Salir de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>A workout is under way</source>
        <translation>Hay un entrenamiento en curso</translation>
    </message>
    <message>
        <source>Stop the workout under way and start {name}?</source>
        <translation>¿Detener el entrenamiento en curso e iniciar {name}?</translation>
    </message>
    <message>
        <source>What it has done so far is saved.</source>
        <translation>Lo hecho hasta ahora queda guardado.</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Iniciar {name}</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>get ready</source>
        <translation>prepárate</translation>
    </message>
    <message>
        <source>work</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>release</source>
        <translation>soltar</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Fix the problems shown to see the new timeline.</source>
        <translation>Corrige los problemas indicados para ver la nueva secuencia.</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Unos {time}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>{n} reps</source>
        <translation>{n} rep.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{name}: {proposed} instead of {current}</source>
        <translation>{name}: {proposed} en vez de {current}</translation>
    </message>
    <message>
        <source>Your last two sessions did all {current} on every side: one step up.</source>
        <translation>Tus dos últimas sesiones completaron {current} en cada lado: un paso más.</translation>
    </message>
    <message>
        <source>Your last two sessions fell clearly short of {current}: one step down.</source>
        <translation>Tus dos últimas sesiones quedaron claramente por debajo de {current}: un paso menos.</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <source>Proposed for today</source>
        <translation>Propuesta para hoy</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Keep {current}</source>
        <translation>Mantener {current}</translation>
    </message>
</context>
<context>
    <name>RangeField</name>
    <message>
        <source>up to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>A note for your history (optional)</source>
        <translation>Una nota para tu historial (opcional)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <source>Saved. Well done!</source>
        <translation>Guardado. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Effort (0-10):</source>
        <translation>Esfuerzo (0-10):</translation>
    </message>
    <message>
        <source>Pain (0-10):</source>
        <translation>Dolor (0-10):</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Week {week} of {weeks} — {done} of {goal} sessions this week</source>
        <translation>Semana {week} de {weeks} — {done} de {goal} sesiones esta semana</translation>
    </message>
    <message>
        <source>Time for your foot workout</source>
        <translation>Es hora de tu entrenamiento de pies</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me of my workout at</source>
        <translation>Recordarme el entrenamiento a las</translation>
    </message>
    <message>
        <source>Start Footwork at login, hidden in the tray</source>
        <translation>Iniciar Footwork al iniciar sesión, oculto en la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Footwork cannot show reminders or wait hidden at login.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que Footwork no puede mostrar recordatorios ni esperar oculto al iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>made today</source>
        <translation>de hoy</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>hace 1 día</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>hace {n} días</translation>
    </message>
    <message>
        <source>A backup of your history from {date} ({back}) holds {n} sessions. Restoring it brings them back; the sessions since then are not in it.</source>
        <translation>Una copia de seguridad de tu historial del {date} ({back}) contiene {n} sesiones. Restaurarla las recupera; las sesiones posteriores no están en ella.</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Daily ball roll</source>
        <translation>Masaje diario con pelota</translation>
    </message>
    <message>
        <source>Loosen the arch before or after a run: 45 seconds a foot with a small ball.</source>
        <translation>Relaja el arco del pie antes o después de correr: 45 segundos por pie con una pelota pequeña.</translation>
    </message>
    <message>
        <source>Ball roll</source>
        <translation>Masaje con pelota</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes, to loosen the arch and the band of tissue under it. 45 seconds a foot, 90 in all.</source>
        <translation>Pasa la planta del pie despacio sobre una pelota pequeña, del talón a los dedos, para relajar el arco y la banda de tejido que hay debajo. 45 segundos por pie, 90 en total.</translation>
    </message>
    <message>
        <source>small ball (trigger-point, golf or tennis ball)</source>
        <translation>pelota pequeña (de masaje, de golf o de tenis)</translation>
    </message>
    <message>
        <source>Foot strength and mobility</source>
        <translation>Fuerza y movilidad de los pies</translation>
    </message>
    <message>
        <source>Twelve exercises for stronger, more mobile feet, for four to six weeks of regular work. Start with the lower number of each range (10 calf drops, 30 s balance) and move up as the weeks go by.</source>
        <translation>Doce ejercicios para unos pies más fuertes y móviles, para cuatro a seis semanas de trabajo regular. Empieza por el número más bajo de cada rango (10 bajadas de talones, 30 s de equilibrio) y ve subiendo con las semanas.</translation>
    </message>
    <message>
        <source>Tripod check</source>
        <translation>Control del trípode</translation>
    </message>
    <message>
        <source>Stand on one foot. Feel where your weight rests on the front of the foot: the big-toe side, the little-toe side, or evenly in between. Balanced on all three points of the forefoot is what you are after.</source>
        <translation>Ponte sobre un pie. Siente dónde recae tu peso en la parte delantera del pie: en el lado del dedo gordo, en el lado del dedo pequeño o repartido por igual entre ambos. Lo que buscas es apoyarte por igual en los tres puntos del antepié.</translation>
    </message>
    <message>
        <source>Where does your weight rest?</source>
        <translation>¿Dónde recae tu peso?</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>exterior</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>interior</translation>
    </message>
    <message>
        <source>Toe spread</source>
        <translation>Separar los dedos</translation>
    </message>
    <message>
        <source>Sit down with a thick rubber band looped around your toes. Push the toes apart against the band and keep them spread for 5 seconds, then relax for 3. Ten times a foot.</source>
        <translation>Siéntate con una goma elástica gruesa alrededor de los dedos de los pies. Separa los dedos contra la goma y mantenlos abiertos 5 segundos; luego relaja 3. Diez veces por pie.</translation>
    </message>
    <message>
        <source>thick rubber band</source>
        <translation>goma elástica gruesa</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <source>Calf drops</source>
        <translation>Bajadas de talones</translation>
    </message>
    <message>
        <source>Stand with the balls of your feet on the edge of a step, heels free. Rise onto your toes for 2 seconds, pause for 1, lower slowly for 3. Ten times; work up to twelve over the weeks.</source>
        <translation>Ponte de pie con la parte delantera de los pies en el borde de un escalón y los talones en el aire. Sube de puntillas en 2 segundos, para 1 y baja despacio en 3. Diez veces; ve subiendo hasta doce con las semanas.</translation>
    </message>
    <message>
        <source>step or stair</source>
        <translation>escalón o escalera</translation>
    </message>
    <message>
        <source>Plantar stretch</source>
        <translation>Estiramiento plantar</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. With your hand, draw the toes back toward the shin until you feel the arch stretch, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Siéntate y apoya un tobillo sobre el otro muslo. Con la mano, lleva los dedos hacia la espinilla hasta notar el estiramiento en el arco, y mantén 10 segundos. Diez veces por pie.</translation>
    </message>
    <message>
        <source>Toe lifts</source>
        <translation>Levantar con los dedos</translation>
    </message>
    <message>
        <source>Grip a marble or a small ball with your toes, lift it and keep hold of it for 20 seconds. Twice with each foot.</source>
        <translation>Agarra una canica o una pelota pequeña con los dedos del pie, levántala y sujétala 20 segundos. Dos veces con cada pie.</translation>
    </message>
    <message>
        <source>marble, small stone or small ball</source>
        <translation>canica, piedra pequeña o pelota pequeña</translation>
    </message>
    <message>
        <source>Toe spelling</source>
        <translation>Abecedario con el pie</translation>
    </message>
    <message>
        <source>Lift one foot and trace the letters of the alphabet in the air with your big toe, slowly and as large as you can: 3 seconds a letter. Then the other foot.</source>
        <translation>Levanta un pie y dibuja en el aire las letras del abecedario con el dedo gordo, despacio y lo más grandes que puedas: 3 segundos por letra. Luego, el otro pie.</translation>
    </message>
    <message>
        <source>Towel curls</source>
        <translation>Arrugar la toalla</translation>
    </message>
    <message>
        <source>Sit with a small towel flat on the floor under your feet. Scrunch it toward you with your toes for 2 seconds, then push it back out for 2. Three sets of ten, 30 seconds of rest between.</source>
        <translation>Siéntate con una toalla pequeña extendida en el suelo bajo los pies. Arrúgala hacia ti con los dedos durante 2 segundos y luego empújala de vuelta durante 2. Tres series de diez, con 30 segundos de descanso entre series.</translation>
    </message>
    <message>
        <source>small towel</source>
        <translation>toalla pequeña</translation>
    </message>
    <message>
        <source>Heel walks</source>
        <translation>Caminar de talones</translation>
    </message>
    <message>
        <source>Pull your toes up and walk forward on your heels for as long as you can, up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Levanta las puntas de los pies y camina hacia delante sobre los talones todo lo que puedas, hasta un minuto. Pulsa Enter si paras antes. Tres veces, con 30 segundos de descanso entre medias.</translation>
    </message>
    <message>
        <source>Toe walks</source>
        <translation>Caminar de puntillas</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet and walk forward on your toes for up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Sube a la parte delantera de los pies y camina hacia delante de puntillas hasta un minuto. Pulsa Enter si paras antes. Tres veces, con 30 segundos de descanso entre medias.</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Equilibrio a una pierna</translation>
    </message>
    <message>
        <source>Stand on one leg on a stability disc or Bosu ball and stay steady. Start with 30 seconds and build up to 60; later, add single-leg deadlifts or squats. Press Enter if you step down.</source>
        <translation>Ponte a una pierna sobre un disco de equilibrio o un Bosu y mantente estable. Empieza con 30 segundos y ve subiendo hasta 60; más adelante, añade peso muerto o sentadillas a una pierna. Pulsa Enter si tienes que bajarte.</translation>
    </message>
    <message>
        <source>stability disc or Bosu ball</source>
        <translation>disco de equilibrio o Bosu</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Estiramiento de gemelos</translation>
    </message>
    <message>
        <source>Face a wall with your hands on it. Step one leg back, keep that leg straight with its heel on the floor, bend the front knee and lean in until the calf stretches. Hold for 30 seconds.</source>
        <translation>Colócate frente a una pared con las manos apoyadas en ella. Lleva una pierna hacia atrás, mantenla recta con el talón en el suelo, flexiona la rodilla de delante e inclínate hasta notar el estiramiento en el gemelo. Mantén 30 segundos.</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>pared</translation>
    </message>
    <message>
        <source>Marble pickup</source>
        <translation>Recoger canicas</translation>
    </message>
    <message>
        <source>Pick up ten marbles one by one with your toes and drop them in a cup. Twice a foot.</source>
        <translation>Recoge diez canicas una a una con los dedos del pie y déjalas caer en un vaso. Dos veces por pie.</translation>
    </message>
    <message>
        <source>Scatter ten marbles on the floor. Pick them up one at a time with your toes and drop each into a small cup. Press Enter (or B) for every marble. Two rounds with each foot.</source>
        <translation>Esparce diez canicas por el suelo. Recógelas de una en una con los dedos del pie y deja caer cada una en un vaso pequeño. Pulsa Enter (o B) por cada canica. Dos rondas con cada pie.</translation>
    </message>
    <message>
        <source>10 marbles</source>
        <translation>10 canicas</translation>
    </message>
    <message>
        <source>small cup</source>
        <translation>vaso pequeño</translation>
    </message>
    <message>
        <source>Quick mobility</source>
        <translation>Movilidad rápida</translation>
    </message>
    <message>
        <source>Ball roll, plantar stretch, toe spelling and calf stretch: about eleven minutes.</source>
        <translation>Masaje con pelota, estiramiento plantar, abecedario con el pie y estiramiento de gemelos: unos once minutos.</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes. 45 seconds a foot.</source>
        <translation>Pasa la planta del pie despacio sobre una pelota pequeña, del talón a los dedos. 45 segundos por pie.</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. Draw the toes back toward the shin until the arch stretches, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Siéntate y apoya un tobillo sobre el otro muslo. Lleva los dedos hacia la espinilla hasta que se estire el arco, y mantén 10 segundos. Diez veces por pie.</translation>
    </message>
    <message>
        <source>Trace the alphabet in the air with your big toe, slowly and large: 3 seconds a letter.</source>
        <translation>Dibuja el abecedario en el aire con el dedo gordo, despacio y en grande: 3 segundos por letra.</translation>
    </message>
    <message>
        <source>Hands on a wall, one leg stepped back and straight with the heel down, front knee bent. Lean in until the calf stretches and hold for 30 seconds.</source>
        <translation>Manos en la pared, una pierna atrás y recta con el talón en el suelo, la rodilla de delante flexionada. Inclínate hasta notar el estiramiento en el gemelo y mantén 30 segundos.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>New routine</source>
        <translation>Nueva rutina</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add a routine file (or drop .toml files here)</source>
        <translation>Añadir un archivo de rutina (o suelta aquí archivos .toml)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the routine&apos;s file, to share it</source>
        <translation>Escribir el archivo de la rutina para compartirla</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Editar una copia</translation>
    </message>
</context>
<context>
    <name>RoutineEdit</name>
    <message>
        <source>How did it go?</source>
        <translation>¿Qué tal ha ido?</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mi rutina</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nuevo ejercicio</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} ya existe</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>Export the routine</source>
        <translation>Exportar la rutina</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Rutinas (*.toml)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportada</translation>
    </message>
</context>
<context>
    <name>RoutineImport</name>
    <message>
        <source>id &quot;{id}&quot; is a built-in routine&apos;s; change the id in the file</source>
        <translation>el id «{id}» es de una rutina incluida; cambia el id en el archivo</translation>
    </message>
</context>
<context>
    <name>RoutineImporter</name>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Rutinas (*.toml)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed:</source>
        <translation>Este archivo no se puede importar; no se ha cambiado nada:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
    <message>
        <source>Replace the routine?</source>
        <translation>¿Reemplazar la rutina?</translation>
    </message>
    <message>
        <source>Replace it with the imported one?</source>
        <translation>¿Reemplazarla por la importada?</translation>
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
        <translation>omitido</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sin responder</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} de {planned}</translation>
    </message>
    <message>
        <source>bouts {list}</source>
        <translation>intentos {list}</translation>
    </message>
    <message>
        <source>{done} of {planned} holds</source>
        <translation>{done} de {planned} aguantes</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{done} de {planned} repeticiones</translation>
    </message>
    <message>
        <source>{done} of {planned} letters</source>
        <translation>{done} de {planned} letras</translation>
    </message>
    <message>
        <source>{done} of {planned} sets</source>
        <translation>{done} de {planned} series</translation>
    </message>
    <message>
        <source>{date}, {time}: {routine} ({status})</source>
        <translation>{date}, {time}: {routine} ({status})</translation>
    </message>
    <message>
        <source>Effort {effort} · pain {pain} (of 10)</source>
        <translation>Esfuerzo {effort} · dolor {pain} (de 10)</translation>
    </message>
    <message>
        <source>No exercise was saved.</source>
        <translation>No se guardó ningún ejercicio.</translation>
    </message>
    <message>
        <source>Not reached: {list}</source>
        <translation>No alcanzados: {list}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Delete session…</source>
        <translation>Eliminar sesión…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Choose a session to see what it did.</source>
        <translation>Elige una sesión para ver qué hiciste.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete the session of {date}, {time}?</source>
        <translation>¿Eliminar la sesión del {date}, {time}?</translation>
    </message>
    <message>
        <source>Its results and rating are removed from your history. This cannot be undone.</source>
        <translation>Sus resultados y su valoración se eliminarán de tu historial. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Speak the cues: “switch feet”, “hold”...</source>
        <translation>Anunciar en voz alta: «cambia de pie», «mantén»…</translation>
    </message>
    <message>
        <source>Beeps and count-down ticks</source>
        <translation>Pitidos y tics de cuenta atrás</translation>
    </message>
    <message>
        <source>Test: say “switch feet”</source>
        <translation>Probar: decir «cambia de pie»</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The new language applies the next time Footwork starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Footwork.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>No se pudo escribir ningún archivo de registro.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Sound through</source>
        <translation>Reproducir con</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message numerus="yes">
        <source>Current streak: %n week(s)</source>
        <translation>
            <numerusform>Racha actual: %n semana</numerusform>
            <numerusform>Racha actual: %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} · Longest: {longest}</source>
        <translation>{current} · La más larga: {longest}</translation>
    </message>
    <message>
        <source>Your {n}-week program starts with your first workout</source>
        <translation>Tu programa de {n} semanas empieza con tu primer entrenamiento</translation>
    </message>
    <message>
        <source>Your {n}-week program starts on {date}</source>
        <translation>Tu programa de {n} semanas empieza el {date}</translation>
    </message>
    <message>
        <source>Program done: all {n} weeks</source>
        <translation>Programa completado: las {n} semanas</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation>Semana {week} de {weeks}</translation>
    </message>
    <message>
        <source>This week: {done} of {goal}</source>
        <translation>Esta semana: {done} de {goal}</translation>
    </message>
    <message>
        <source>{percent}% of planned exercises done</source>
        <translation>{percent}&#xa0;% de los ejercicios previstos hechos</translation>
    </message>
</context>
<context>
    <name>TempoField</name>
    <message>
        <source>up</source>
        <translation>subir</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bajar</translation>
    </message>
</context>
<context>
    <name>TextListField</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
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
        <translation>hasta {n} s</translation>
    </message>
    <message>
        <source>{reps} × {n} s hold</source>
        <translation>{reps} × mantener {n} s</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>a tu ritmo</translation>
    </message>
    <message>
        <source>paced {tempo} s</source>
        <translation>a ritmo {tempo} s</translation>
    </message>
    <message>
        <source>{reps} reps, {pace}</source>
        <translation>{reps} repeticiones, {pace}</translation>
    </message>
    <message>
        <source>{span}, {n} s each</source>
        <translation>{span}, {n} s cada una</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} series</translation>
    </message>
    <message>
        <source>{n} s rest</source>
        <translation>{n} s de descanso</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>cada pie</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>cada pierna</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Keep it as partial</source>
        <translation>Dejarlo como parcial</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Empezar  [Enter]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>{name} (cannot load)</source>
        <translation>{name} (no se puede cargar)</translation>
    </message>
    <message>
        <source>Program: week {week} of {weeks}</source>
        <translation>Programa: semana {week} de {weeks}</translation>
    </message>
    <message>
        <source>This routine file cannot be used:</source>
        <translation>Este archivo de rutina no se puede usar:</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Unos {time}</translation>
    </message>
    <message>
        <source>Exercises: {n}</source>
        <translation>Ejercicios: {n}</translation>
    </message>
    <message>
        <source>You need:</source>
        <translation>Necesitas:</translation>
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
        <translation>Abrir Footwork</translation>
    </message>
    <message>
        <source>Quit Footwork</source>
        <translation>Salir de Footwork</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Progress of</source>
        <translation>Progreso en</translation>
    </message>
    <message>
        <source>Best bout (s)</source>
        <translation>Mejor intento (s)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Aguantes</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letras</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>TripodChart</name>
    <message>
        <source>Tripod test: where your weight rests</source>
        <translation>Test del trípode: dónde recae tu peso</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>objetivo no cumplido</translation>
    </message>
    <message>
        <source>this week, in progress</source>
        <translation>esta semana, en curso</translation>
    </message>
    <message>
        <source>goal {n}</source>
        <translation>objetivo {n}</translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <source>BOTH FEET</source>
        <translation>AMBOS PIES</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>PIERNA IZQUIERDA</translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation>PIE IZQUIERDO</translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>PIERNA DERECHA</translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation>PIE DERECHO</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>SUELTA</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSA</translation>
    </message>
    <message>
        <source>SPELL</source>
        <translation>ESCRIBE</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>COMPRUEBA</translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation>CAMBIA DE PIERNA</translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation>CAMBIA DE PIE</translation>
    </message>
    <message>
        <source>COUNT YOUR REPS</source>
        <translation>CUENTA TUS REPETICIONES</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>¡YA!</translation>
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
        <translation>Pierna izquierda</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pie izquierdo</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pie derecho</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Ambos pies</translation>
    </message>
    <message>
        <source>rep {n} of {total}</source>
        <translation>rep. {n} de {total}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Cambio de pierna</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Cambio de pie</translation>
    </message>
    <message>
        <source>set {n} of {total}</source>
        <translation>serie {n} de {total}</translation>
    </message>
    <message>
        <source>WORKOUT COMPLETE</source>
        <translation>ENTRENAMIENTO COMPLETADO</translation>
    </message>
    <message>
        <source>WORKOUT STOPPED</source>
        <translation>ENTRENAMIENTO DETENIDO</translation>
    </message>
    <message>
        <source>set {n} / {total}</source>
        <translation>serie {n} / {total}</translation>
    </message>
    <message>
        <source>You need: {items}</source>
        <translation>Necesitas: {items}</translation>
    </message>
    <message>
        <source>No answer: it goes on by itself in {n} s</source>
        <translation>Sin respuesta: sigue solo en {n} s</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep{away}. Press Space to go on.</source>
        <translation>En pausa: el ordenador estuvo en reposo{away}. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source> for {time}</source>
        <translation> durante {time}</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pausa. Pulsa Espacio para continuar.</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Contar rep.</translation>
    </message>
    <message>
        <source>Done early</source>
        <translation>Terminé antes</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>Siguiente: {what}</translation>
    </message>
    <message>
        <source>{time} of exercise</source>
        <translation>{time} de ejercicio</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Quedan {time}</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pausa  [Espacio]</translation>
    </message>
    <message>
        <source>Back  [←]</source>
        <translation>Atrás  [←]</translation>
    </message>
    <message>
        <source>Skip  [→]</source>
        <translation>Saltar  [→]</translation>
    </message>
    <message>
        <source>Count rep  [Enter]</source>
        <translation>Contar rep.  [Enter]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Detener  [Esc]</translation>
    </message>
    <message>
        <source>Back to Today  [Enter]</source>
        <translation>Volver al inicio  [Enter]</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>¿Detener el entrenamiento?</translation>
    </message>
    <message>
        <source>End this workout now? What you have done so far is kept.</source>
        <translation>¿Terminar este entrenamiento ahora? Lo que llevas hecho se conserva.</translation>
    </message>
    <message>
        <source>Stop workout</source>
        <translation>Detener entrenamiento</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Reanudar  [Espacio]</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>PulseAudio stream (every cue on the beat)</source>
        <extracomment>Backend ids in the order they are tried, with their names for the settings.</extracomment>
        <translation>Flujo de PulseAudio (cada aviso a tiempo)</translation>
    </message>
    <message>
        <source>Qt Multimedia (in-process, with volume)</source>
        <translation>Qt Multimedia (integrado, con volumen)</translation>
    </message>
    <message>
        <source>playsound3 (a player program per cue)</source>
        <translation>playsound3 (un reproductor externo por aviso)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Qt Multimedia is missing: pip install PySide6-Addons.</source>
        <translation>Falta Qt Multimedia: pip install PySide6-Addons.</translation>
    </message>
    <message>
        <source>The playsound3 package is missing: pip install playsound3.</source>
        <translation>Falta el paquete playsound3: pip install playsound3.</translation>
    </message>
    <message>
        <source>No sound player program found for playsound3: install {packages}.</source>
        <translation>No se encontró ningún reproductor de sonido para playsound3: instala {packages}.</translation>
    </message>
    <message>
        <source>No sound clips found in {folder}.</source>
        <translation>No se encontraron clips de sonido en {folder}.</translation>
    </message>
    <message>
        <source>No sound output device found: install and start PulseAudio or PipeWire (with pipewire-pulse), or connect speakers. Cues are shown on screen only.</source>
        <translation>No se encontró ningún dispositivo de salida de sonido: instala e inicia PulseAudio o PipeWire (con pipewire-pulse), o conecta altavoces. Los avisos solo se muestran en pantalla.</translation>
    </message>
    <message>
        <source>The PulseAudio client library is missing: install libpulse0.</source>
        <translation>Falta la biblioteca cliente de PulseAudio: instala libpulse0.</translation>
    </message>
    <message>
        <source>No sound server answered ({error}): start PulseAudio or PipeWire (with pipewire-pulse).</source>
        <translation>Ningún servidor de sonido ha respondido ({error}): inicia PulseAudio o PipeWire (con pipewire-pulse).</translation>
    </message>
    <message>
        <source>The sound clips in {folder} have different sample rates.</source>
        <translation>Los clips de sonido de {folder} tienen frecuencias de muestreo distintas.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>ejercicio</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>set</source>
        <translation>serie</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rep.</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>avisos</translation>
    </message>
    <message>
        <source>Total: {time} ({seconds:g} s) in {n} phases</source>
        <translation>Total: {time} ({seconds:g} s) en {n} fases</translation>
    </message>
    <message>
        <source>~ : nominal length; the step ends on taps or may end early</source>
        <translation>~ : duración nominal; el paso termina con pulsaciones o puede terminar antes</translation>
    </message>
    <message>
        <source>[cue]: not played, one sound at a time (a higher cue still sounds)</source>
        <translation>[aviso]: no suena, un sonido a la vez (un aviso más importante sí suena)</translation>
    </message>
    <message>
        <source>a check waits its length for an answer, then goes on as not answered</source>
        <translation>una comprobación espera su duración a una respuesta y luego sigue sin respuesta</translation>
    </message>
    <message>
        <source>week {week} of {weeks}</source>
        <translation>semana {week} de {weeks}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>tuya</translation>
    </message>
    <message>
        <source>BROKEN, not loaded:</source>
        <translation>ERRÓNEA, no cargada:</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: no se puede escribir ({reason})</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>{n} filas escritas en {path}</translation>
    </message>
    <message>
        <source>There is no history to back up yet.</source>
        <translation>Todavía no hay historial que copiar.</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Historial copiado en {path}</translation>
    </message>
    <message>
        <source>Footwork is running (process {pid}): quit it, then restore again.</source>
        <translation>Footwork está en marcha (proceso {pid}): ciérralo y vuelve a restaurar.</translation>
    </message>
    <message>
        <source>Restored {n} sessions from {path}.</source>
        <translation>Se han restaurado {n} sesiones desde {path}.</translation>
    </message>
    <message>
        <source>The history before was kept as {path}.</source>
        <translation>El historial anterior se ha guardado como {path}.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>se ha escrito {path}</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>se ha eliminado {path}</translation>
    </message>
    <message>
        <source>Footwork was not installed on the desktop.</source>
        <translation>Footwork no estaba instalado en el escritorio.</translation>
    </message>
    <message>
        <source>add --replace to replace it</source>
        <translation>añade --replace para reemplazarla</translation>
    </message>
    <message>
        <source>imported as {path}</source>
        <translation>importada como {path}</translation>
    </message>
    <message>
        <source>A guided foot strength and mobility workout timer for runners.</source>
        <translation>Un temporizador de entrenamiento guiado de fuerza y movilidad de los pies para corredores.</translation>
    </message>
    <message>
        <source>open the app and start ROUTINE at once (an id or a .toml path)</source>
        <translation>abrir la aplicación e iniciar ROUTINE de inmediato (un id o una ruta .toml)</translation>
    </message>
    <message>
        <source>report the routines, cue clips and translations found and whether sound works; exit 1 when something bundled is missing</source>
        <translation>informar de las rutinas, avisos de voz y traducciones encontrados y de si el sonido funciona; sale con 1 si falta algo incluido</translation>
    </message>
    <message>
        <source>log every detail, to the terminal as well as to the log file</source>
        <translation>registrar todos los detalles, en la terminal y en el archivo de registro</translation>
    </message>
    <message>
        <source>start in the tray without opening the window (for login)</source>
        <translation>iniciar en la bandeja sin abrir la ventana (para el inicio de sesión)</translation>
    </message>
    <message>
        <source>print the timeline a routine compiles to</source>
        <translation>mostrar la secuencia temporal que genera una rutina</translation>
    </message>
    <message>
        <source>a routine id or a .toml path</source>
        <translation>un id de rutina o una ruta .toml</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar JSON</translation>
    </message>
    <message>
        <source>the program&apos;s week: ranges such as 10-12 reps move up by week</source>
        <translation>la semana del programa: los rangos como 10-12 repeticiones suben cada semana</translation>
    </message>
    <message>
        <source>how many weeks the program lasts (default 6)</source>
        <translation>cuántas semanas dura el programa (por defecto, 6)</translation>
    </message>
    <message>
        <source>the language of the clips whose lengths decide what plays</source>
        <translation>el idioma de los clips cuya duración decide qué suena</translation>
    </message>
    <message>
        <source>list the built-in and your own routines</source>
        <translation>listar las rutinas incluidas y las tuyas</translation>
    </message>
    <message>
        <source>write the workout history</source>
        <translation>escribir el historial de entrenamientos</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>archivo de destino (por defecto: stdout)</translation>
    </message>
    <message>
        <source>copy the history to today&apos;s backup in the data folder</source>
        <translation>copiar el historial en la copia de seguridad de hoy de la carpeta de datos</translation>
    </message>
    <message>
        <source>replace the history by a backup (the current one is kept)</source>
        <translation>reemplazar el historial por una copia de seguridad (el actual se conserva)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>add Footwork and its routines to the applications menu (for this user)</source>
        <translation>añadir Footwork y sus rutinas al menú de aplicaciones (para este usuario)</translation>
    </message>
    <message>
        <source>remove what install-desktop wrote</source>
        <translation>eliminar lo que escribió install-desktop</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines</source>
        <translation>comprobar un archivo de rutina y añadirlo a tus rutinas</translation>
    </message>
    <message>
        <source>a routine .toml file</source>
        <translation>un archivo de rutina .toml</translation>
    </message>
    <message>
        <source>replace your routine that has the same id</source>
        <translation>reemplazar tu rutina con el mismo id</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Workout timer</source>
        <extracomment>The translatable texts of the shipped entry&apos;s main group: key, context, English text.</extracomment>
        <translation>Temporizador de entrenamiento</translation>
    </message>
    <message>
        <source>workout;exercise;timer;feet;running;mobility;</source>
        <translation>entrenamiento;ejercicio;temporizador;pies;correr;movilidad;</translation>
    </message>
    <message>
        <source>Footwork&apos;s desktop files are missing from its installation:</source>
        <translation>Faltan los archivos de escritorio en la instalación de Footwork:</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Your history at {path} could not be read: {reason}.</source>
        <translation>No se pudo leer tu historial en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Your history could not be saved to {path}: {reason}.</source>
        <translation>No se pudo guardar tu historial en {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}.</source>
        <translation>{path} no se puede restaurar: {reason}.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Footwork</source>
        <translation>lo creó una versión más reciente de Footwork</translation>
    </message>
    <message>
        <source>it holds no Footwork history</source>
        <translation>no contiene ningún historial de Footwork</translation>
    </message>
    <message>
        <source>it could not be opened: {detail}</source>
        <translation>no se pudo abrir: {detail}</translation>
    </message>
    <message>
        <source>it is damaged: {detail}</source>
        <translation>está dañado: {detail}</translation>
    </message>
    <message>
        <source>Your history file could not be read ({cause}); it was kept as {path}; a new one was started.</source>
        <translation>No se pudo leer tu archivo de historial ({cause}); se ha conservado como {path} y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt}: choose csv or json.</source>
        <translation>Formato de exportación desconocido {fmt}: elige csv o json.</translation>
    </message>
    <message>
        <source>Your results are kept in memory and saved as soon as this works again: keep Footwork open until then.</source>
        <translation>Tus resultados se conservan en memoria y se guardarán en cuanto vuelva a funcionar: deja Footwork abierto hasta entonces.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>id &quot;{id}&quot; is already used by {path}</source>
        <translation>el id &quot;{id}&quot; ya lo usa {path}</translation>
    </message>
    <message>
        <source>no routine with this id (known: {known})</source>
        <translation>no hay ninguna rutina con este id (conocidos: {known})</translation>
    </message>
    <message>
        <source>does not apply to kind &quot;{kind}&quot;</source>
        <translation>no se aplica a kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation>solo puede contener minúsculas, dígitos y guiones sueltos</translation>
    </message>
    <message>
        <source>must be one of: {options}</source>
        <translation>debe ser uno de estos valores: {options}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation>debe ser {kind}</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>cero o mayor</translation>
    </message>
    <message>
        <source>greater than zero</source>
        <translation>mayor que cero</translation>
    </message>
    <message>
        <source>must be {limit}</source>
        <translation>debe ser {limit}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>debe ser una lista de textos</translation>
    </message>
    <message>
        <source>must have at least {n} entries</source>
        <translation>debe tener al menos {n} elementos</translation>
    </message>
    <message>
        <source>is required for kind &quot;{kind}&quot;</source>
        <translation>es obligatorio para kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>must not be less than seconds</source>
        <translation>no puede ser menor que seconds</translation>
    </message>
    <message>
        <source>must not be less than reps</source>
        <translation>no puede ser menor que reps</translation>
    </message>
    <message>
        <source>cannot be combined with pace = &quot;self&quot;</source>
        <translation>no se puede combinar con pace = &quot;self&quot;</translation>
    </message>
    <message>
        <source>must be three seconds [up, hold, down], none negative</source>
        <translation>debe tener tres valores en segundos [subida, mantener, bajada], ninguno negativo</translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation>no es un archivo de texto</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>is required (format = 1)</source>
        <translation>es obligatorio (format = 1)</translation>
    </message>
    <message>
        <source>must be 1; this version of Footwork reads format 1</source>
        <translation>debe ser 1; esta versión de Footwork lee el formato 1</translation>
    </message>
    <message>
        <source>is required: at least one [[exercises]] table</source>
        <translation>es obligatorio: al menos una tabla [[exercises]]</translation>
    </message>
    <message>
        <source>must be [[exercises]] tables</source>
        <translation>debe contener tablas [[exercises]]</translation>
    </message>
    <message>
        <source>must have at least one exercise</source>
        <translation>debe tener al menos un ejercicio</translation>
    </message>
    <message>
        <source>duplicate exercise id (first used on line {line})</source>
        <translation>id de ejercicio duplicado (usado por primera vez en la línea {line})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>no se puede leer ({reason})</translation>
    </message>
</context>
<context>
    <name>self-check</name>
    <message>
        <source>{n} built-in ({ids}), {yours} of yours</source>
        <translation>{n} incluidas ({ids}), {yours} tuyas</translation>
    </message>
    <message>
        <source>broken: {names}</source>
        <translation>con errores: {names}</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>rutinas</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>faltan: {names}</translation>
    </message>
    <message>
        <source>none in {path}</source>
        <translation>ninguno en {path}</translation>
    </message>
    <message>
        <source>cue clips</source>
        <translation>avisos de voz</translation>
    </message>
    <message>
        <source>{langs} ({n} .qm)</source>
        <translation>{langs} ({n} .qm)</translation>
    </message>
    <message>
        <source>missing or unreadable: {langs}</source>
        <translation>faltan o ilegibles: {langs}</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traducciones</translation>
    </message>
    <message>
        <source>menu entry, metainfo, icon ({sizes} px and SVG)</source>
        <translation>entrada de menú, metainfo, icono ({sizes} px y SVG)</translation>
    </message>
    <message>
        <source>desktop files</source>
        <translation>archivos de escritorio</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>ventana principal</translation>
    </message>
    <message>
        <source>built in {ms:.0f} ms ({platform})</source>
        <translation>creada en {ms:.0f} ms ({platform})</translation>
    </message>
    <message>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <source>sound output</source>
        <translation>salida de sonido</translation>
    </message>
    <message>
        <source>missing ({reason}): pip install PySide6-Addons</source>
        <translation>falta ({reason}): pip install PySide6-Addons</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>player program</source>
        <translation>programa reproductor</translation>
    </message>
    <message>
        <source>available for playsound3</source>
        <translation>disponible para playsound3</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Footwork {version} self-check</source>
        <translation>Autocomprobación de Footwork {version}</translation>
    </message>
    <message>
        <source>Something is missing: reinstall Footwork.</source>
        <translation>Falta algo: reinstala Footwork.</translation>
    </message>
    <message>
        <source>Everything bundled was found.</source>
        <translation>Se ha encontrado todo lo incluido.</translation>
    </message>
</context>
</TS>
