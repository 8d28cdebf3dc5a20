<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <source>Workouts still run; their results are kept in memory while Footwork is open.</source>
        <translation>Les séances fonctionnent quand même&#x202f;; leurs résultats sont conservés en mémoire tant que Footwork reste ouvert.</translation>
    </message>
    <message>
        <source>Your history was restored from the backup of {date}.</source>
        <translation>Votre historique a été restauré depuis la sauvegarde du {date}.</translation>
    </message>
    <message>
        <source>The history before it was kept as {path}.</source>
        <translation>L&apos;historique précédent a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>Footwork is already running; it was asked to start {routine}.</source>
        <translation>Footwork est déjà lancé&#x202f;; il lui a été demandé de démarrer {routine}.</translation>
    </message>
    <message>
        <source>Footwork is already running; its window was brought up.</source>
        <translation>Footwork est déjà lancé&#x202f;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Footwork is already running (process {pid}) but does not answer.</source>
        <translation>Footwork est déjà lancé (processus {pid}) mais ne répond pas.</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>jambe gauche</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>jambe droite</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>pied gauche</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>pied droit</translation>
    </message>
    <message>
        <source>set {set} of {sets}</source>
        <translation>série {set} sur {sets}</translation>
    </message>
    <message>
        <source>Resume from {exercise}, {where}</source>
        <translation>Reprendre à {exercise}, {where}</translation>
    </message>
    <message>
        <source>Your workout “{name}” of {date} was interrupted after {done} of {total} exercises.</source>
        <translation>Votre séance «&#xa0;{name}&#xa0;» du {date} a été interrompue après {done} exercices sur {total}.</translation>
    </message>
    <message>
        <source>Resume from {exercise}</source>
        <translation>Reprendre à {exercise}</translation>
    </message>
    <message>
        <source>Cannot start {name}:</source>
        <translation>Impossible de lancer {name}&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>On this system, set up starting at login by hand (see the README).</source>
        <translation>Sur ce système, configurez le démarrage à l’ouverture de session à la main (voir le README).</translation>
    </message>
    <message>
        <source>Footwork waits in the tray and reminds you of your workout</source>
        <translation>Footwork attend dans la zone de notification et vous rappelle votre séance</translation>
    </message>
    <message>
        <source>Cannot change {path}: {reason}</source>
        <translation>Impossible de modifier {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>The details are in the log file:
{path}</source>
        <translation>Les détails sont dans le fichier journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>Les détails n&apos;ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
        <source>Footwork ran into an error it did not expect.</source>
        <translation>Footwork a rencontré une erreur inattendue.</translation>
    </message>
    <message>
        <source>The exercises already saved in your history are safe.</source>
        <translation>Les exercices déjà enregistrés dans votre historique sont en sécurité.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
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
        <translation>Secondes</translation>
    </message>
    <message>
        <source>May end early (Enter)</source>
        <translation>Fin anticipée possible (Entrée)</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Relâche</translation>
    </message>
    <message>
        <source>By the tempo</source>
        <translation>En cadence</translation>
    </message>
    <message>
        <source>Self-paced (count taps)</source>
        <translation>À votre rythme (appuis comptés)</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Each item</source>
        <translation>Par élément</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answer within</source>
        <translation>Réponse sous</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Chronométré</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Changement de côté</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Write the routine to a file to share</source>
        <translation>Écrire la routine dans un fichier à partager</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Problems to fix before saving: {n}</source>
        <translation>Problèmes à corriger avant d&apos;enregistrer&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Modification de {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Save the routine as</source>
        <translation>Enregistrer la routine sous</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routines (*.toml)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this routine before leaving?</source>
        <translation>Enregistrer les modifications de cette routine avant de quitter&#x202f;?</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Both feet together</source>
        <translation>Les deux pieds ensemble</translation>
    </message>
    <message>
        <source>Each foot</source>
        <translation>Chaque pied</translation>
    </message>
    <message>
        <source>Each leg</source>
        <translation>Chaque jambe</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Côtés</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Repos entre séries</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Add exercise</source>
        <translation>Ajouter un exercice</translation>
    </message>
    <message>
        <source>From the built-in routines</source>
        <translation>Des routines intégrées</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>CSV, for spreadsheets (*.csv)</source>
        <translation>CSV, pour les tableurs (*.csv)</translation>
    </message>
    <message>
        <source>JSON, for programs (*.json)</source>
        <translation>JSON, pour les programmes (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exporter l&apos;historique</translation>
    </message>
</context>
<context>
    <name>GoalSettings</name>
    <message>
        <source>Program started on</source>
        <translation>Programme commencé le</translation>
    </message>
    <message>
        <source>Unticked, the program starts on the day of your first workout.</source>
        <translation>Non coché, le programme commence le jour de votre première séance.</translation>
    </message>
    <message>
        <source>Weekly goal:</source>
        <translation>Objectif hebdomadaire&#xa0;:</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>séances</translation>
    </message>
    <message>
        <source>Program length:</source>
        <translation>Durée du programme&#xa0;:</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workouts yet&lt;/h2&gt;&lt;p&gt;Your weeks, your streak and your progress show up here after your first workout.&lt;/p&gt;&lt;p&gt;Go back to Today, pick a routine and press Start. Every exercise you finish is saved as you go.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aucune séance pour l&apos;instant&lt;/h2&gt;&lt;p&gt;Vos semaines, votre série et vos progrès s&apos;afficheront ici après votre première séance.&lt;/p&gt;&lt;p&gt;Revenez à l&apos;accueil, choisissez une routine et appuyez sur «&#xa0;Démarrer&#xa0;». Chaque exercice terminé est enregistré au fur et à mesure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporté vers {path}.</translation>
    </message>
    <message>
        <source>Could not export to {path}: {reason}.</source>
        <translation>Impossible d&apos;exporter vers {path}&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>HistoryTexts</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>A workout is running</source>
        <translation>Une séance est en cours</translation>
    </message>
</context>
<context>
    <name>LateAnswers</name>
    <message>
        <source>Not answered during the workout: answer now if you like</source>
        <translation>Sans réponse pendant la séance&#xa0;: répondez maintenant si vous le souhaitez</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>answered: {answer}</source>
        <translation>réponse&#xa0;: {answer}</translation>
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
        <translation>Résultats non enregistrés</translation>
    </message>
    <message>
        <source>{n} results could not be saved yet:
{problem}

Quit anyway and lose them?</source>
        <translation>{n} résultats n&apos;ont pas encore pu être enregistrés&#xa0;:
{problem}

Quitter quand même et les perdre&#x202f;?</translation>
    </message>
    <message>
        <source>A workout is under way</source>
        <translation>Une séance est en cours</translation>
    </message>
    <message>
        <source>Stop the workout under way and start {name}?</source>
        <translation>Arrêter la séance en cours et démarrer {name}&#x202f;?</translation>
    </message>
    <message>
        <source>What it has done so far is saved.</source>
        <translation>Ce qui a été fait jusqu&apos;ici est enregistré.</translation>
    </message>
    <message>
        <source>Start {name}</source>
        <translation>Démarrer {name}</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>get ready</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>work</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>release</source>
        <translation>relâche</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>repos</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>changement</translation>
    </message>
    <message>
        <source>check</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fix the problems shown to see the new timeline.</source>
        <translation>Corrigez les problèmes indiqués pour voir le nouveau déroulé.</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Environ {time}</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>{n} reps</source>
        <translation>{n} rép.</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{name}: {proposed} instead of {current}</source>
        <translation>{name}&#xa0;: {proposed} au lieu de {current}</translation>
    </message>
    <message>
        <source>Your last two sessions did all {current} on every side: one step up.</source>
        <translation>Vos deux dernières séances ont réussi {current} de chaque côté&#xa0;: un cran au-dessus.</translation>
    </message>
    <message>
        <source>Your last two sessions fell clearly short of {current}: one step down.</source>
        <translation>Vos deux dernières séances sont restées nettement en dessous de {current}&#xa0;: un cran en dessous.</translation>
    </message>
</context>
<context>
    <name>ProgressionBox</name>
    <message>
        <source>Proposed for today</source>
        <translation>Proposé pour aujourd’hui</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Keep {current}</source>
        <translation>Garder {current}</translation>
    </message>
</context>
<context>
    <name>RangeField</name>
    <message>
        <source>up to</source>
        <translation>jusqu&apos;à</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>A note for your history (optional)</source>
        <translation>Une note pour votre historique (facultatif)</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Saved. Well done!</source>
        <translation>Enregistré. Bravo&#x202f;!</translation>
    </message>
    <message>
        <source>Effort (0-10):</source>
        <translation>Effort (0-10)&#xa0;:</translation>
    </message>
    <message>
        <source>Pain (0-10):</source>
        <translation>Douleur (0-10)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <source>Week {week} of {weeks} — {done} of {goal} sessions this week</source>
        <translation>Semaine {week} sur {weeks} — {done} séances sur {goal} cette semaine</translation>
    </message>
    <message>
        <source>Time for your foot workout</source>
        <translation>C’est l’heure de votre séance pour les pieds</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Remind me of my workout at</source>
        <translation>Me rappeler ma séance à</translation>
    </message>
    <message>
        <source>Start Footwork at login, hidden in the tray</source>
        <translation>Lancer Footwork à l’ouverture de session, caché dans la zone de notification</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so Footwork cannot show reminders or wait hidden at login.</source>
        <translation>Ce bureau n’a pas de zone de notification&#xa0;: Footwork ne peut ni afficher de rappels ni attendre caché à l’ouverture de session.</translation>
    </message>
</context>
<context>
    <name>RestoreBox</name>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>made today</source>
        <translation>d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>il y a 1 jour</translation>
    </message>
    <message>
        <source>{n} days ago</source>
        <translation>il y a {n} jours</translation>
    </message>
    <message>
        <source>A backup of your history from {date} ({back}) holds {n} sessions. Restoring it brings them back; the sessions since then are not in it.</source>
        <translation>Une sauvegarde de votre historique du {date} ({back}) contient {n} séances. La restaurer les récupère&#x202f;; les séances depuis n&apos;y sont pas.</translation>
    </message>
</context>
<context>
    <name>Routine</name>
    <message>
        <source>Daily ball roll</source>
        <translation>Massage quotidien à la balle</translation>
    </message>
    <message>
        <source>Loosen the arch before or after a run: 45 seconds a foot with a small ball.</source>
        <translation>Détendez la voûte plantaire avant ou après une course&#xa0;: 45 secondes par pied avec une petite balle.</translation>
    </message>
    <message>
        <source>Ball roll</source>
        <translation>Massage à la balle</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes, to loosen the arch and the band of tissue under it. 45 seconds a foot, 90 in all.</source>
        <translation>Faites rouler lentement la plante du pied sur une petite balle, du talon aux orteils, pour détendre la voûte plantaire et la bande de tissu située dessous. 45 secondes par pied, 90 au total.</translation>
    </message>
    <message>
        <source>small ball (trigger-point, golf or tennis ball)</source>
        <translation>petite balle (de massage, de golf ou de tennis)</translation>
    </message>
    <message>
        <source>Foot strength and mobility</source>
        <translation>Force et mobilité des pieds</translation>
    </message>
    <message>
        <source>Twelve exercises for stronger, more mobile feet, for four to six weeks of regular work. Start with the lower number of each range (10 calf drops, 30 s balance) and move up as the weeks go by.</source>
        <translation>Douze exercices pour des pieds plus forts et plus mobiles, sur quatre à six semaines de travail régulier. Commencez par le bas de chaque fourchette (10 descentes de talons, 30 s d&apos;équilibre) et progressez au fil des semaines.</translation>
    </message>
    <message>
        <source>Tripod check</source>
        <translation>Contrôle du trépied</translation>
    </message>
    <message>
        <source>Stand on one foot. Feel where your weight rests on the front of the foot: the big-toe side, the little-toe side, or evenly in between. Balanced on all three points of the forefoot is what you are after.</source>
        <translation>Tenez-vous sur un pied. Sentez où repose votre poids à l&apos;avant du pied&#xa0;: côté gros orteil, côté petit orteil, ou réparti également entre les deux. L&apos;objectif&#xa0;: un appui équilibré sur les trois points de l&apos;avant-pied.</translation>
    </message>
    <message>
        <source>Where does your weight rest?</source>
        <translation>Où repose votre poids&#x202f;?</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>extérieur</translation>
    </message>
    <message>
        <source>middle</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>intérieur</translation>
    </message>
    <message>
        <source>Toe spread</source>
        <translation>Écarter les orteils</translation>
    </message>
    <message>
        <source>Sit down with a thick rubber band looped around your toes. Push the toes apart against the band and keep them spread for 5 seconds, then relax for 3. Ten times a foot.</source>
        <translation>Asseyez-vous, un élastique épais passé autour des orteils. Écartez les orteils contre l&apos;élastique et gardez-les écartés 5 secondes, puis relâchez 3 secondes. Dix fois par pied.</translation>
    </message>
    <message>
        <source>thick rubber band</source>
        <translation>élastique épais</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chaise</translation>
    </message>
    <message>
        <source>Calf drops</source>
        <translation>Descentes de talons</translation>
    </message>
    <message>
        <source>Stand with the balls of your feet on the edge of a step, heels free. Rise onto your toes for 2 seconds, pause for 1, lower slowly for 3. Ten times; work up to twelve over the weeks.</source>
        <translation>Placez l&apos;avant des pieds sur le bord d&apos;une marche, talons dans le vide. Montez sur la pointe des pieds en 2 secondes, marquez une pause de 1, redescendez lentement en 3. Dix fois&#x202f;; passez à douze au fil des semaines.</translation>
    </message>
    <message>
        <source>step or stair</source>
        <translation>marche ou escalier</translation>
    </message>
    <message>
        <source>Plantar stretch</source>
        <translation>Étirement plantaire</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. With your hand, draw the toes back toward the shin until you feel the arch stretch, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Asseyez-vous et posez une cheville sur la cuisse opposée. Avec la main, tirez les orteils vers le tibia jusqu&apos;à sentir la voûte plantaire s&apos;étirer, et tenez 10 secondes. Dix fois par pied.</translation>
    </message>
    <message>
        <source>Toe lifts</source>
        <translation>Soulever avec les orteils</translation>
    </message>
    <message>
        <source>Grip a marble or a small ball with your toes, lift it and keep hold of it for 20 seconds. Twice with each foot.</source>
        <translation>Saisissez une bille ou une petite balle avec les orteils, soulevez-la et gardez-la 20 secondes. Deux fois avec chaque pied.</translation>
    </message>
    <message>
        <source>marble, small stone or small ball</source>
        <translation>bille, petit caillou ou petite balle</translation>
    </message>
    <message>
        <source>Toe spelling</source>
        <translation>Alphabet avec les orteils</translation>
    </message>
    <message>
        <source>Lift one foot and trace the letters of the alphabet in the air with your big toe, slowly and as large as you can: 3 seconds a letter. Then the other foot.</source>
        <translation>Levez un pied et tracez en l&apos;air les lettres de l&apos;alphabet avec le gros orteil, lentement et aussi grand que possible&#xa0;: 3 secondes par lettre. Puis l&apos;autre pied.</translation>
    </message>
    <message>
        <source>Towel curls</source>
        <translation>Froisser la serviette</translation>
    </message>
    <message>
        <source>Sit with a small towel flat on the floor under your feet. Scrunch it toward you with your toes for 2 seconds, then push it back out for 2. Three sets of ten, 30 seconds of rest between.</source>
        <translation>Asseyez-vous, une petite serviette à plat sur le sol sous vos pieds. Ramenez-la vers vous en la froissant avec les orteils pendant 2 secondes, puis repoussez-la pendant 2. Trois séries de dix, 30 secondes de repos entre chaque série.</translation>
    </message>
    <message>
        <source>small towel</source>
        <translation>petite serviette</translation>
    </message>
    <message>
        <source>Heel walks</source>
        <translation>Marche sur les talons</translation>
    </message>
    <message>
        <source>Pull your toes up and walk forward on your heels for as long as you can, up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Relevez les orteils et avancez sur les talons aussi longtemps que possible, jusqu&apos;à une minute. Appuyez sur Entrée si vous vous arrêtez avant. Trois fois, avec 30 secondes de repos entre chaque.</translation>
    </message>
    <message>
        <source>Toe walks</source>
        <translation>Marche sur la pointe des pieds</translation>
    </message>
    <message>
        <source>Rise onto the balls of your feet and walk forward on your toes for up to a minute. Press Enter when you stop early. Three times, with 30 seconds of rest between.</source>
        <translation>Montez sur l&apos;avant des pieds et avancez sur la pointe des pieds pendant une minute au plus. Appuyez sur Entrée si vous vous arrêtez avant. Trois fois, avec 30 secondes de repos entre chaque.</translation>
    </message>
    <message>
        <source>Single-leg balance</source>
        <translation>Équilibre sur une jambe</translation>
    </message>
    <message>
        <source>Stand on one leg on a stability disc or Bosu ball and stay steady. Start with 30 seconds and build up to 60; later, add single-leg deadlifts or squats. Press Enter if you step down.</source>
        <translation>Tenez-vous sur une jambe sur un coussin d&apos;équilibre ou un Bosu et restez stable. Commencez par 30 secondes et montez jusqu&apos;à 60&#x202f;; plus tard, ajoutez des soulevés de terre ou des squats sur une jambe. Appuyez sur Entrée si vous posez le pied.</translation>
    </message>
    <message>
        <source>stability disc or Bosu ball</source>
        <translation>coussin d&apos;équilibre ou Bosu</translation>
    </message>
    <message>
        <source>Calf stretch</source>
        <translation>Étirement des mollets</translation>
    </message>
    <message>
        <source>Face a wall with your hands on it. Step one leg back, keep that leg straight with its heel on the floor, bend the front knee and lean in until the calf stretches. Hold for 30 seconds.</source>
        <translation>Face à un mur, posez les mains dessus. Reculez une jambe, gardez-la tendue, talon au sol, fléchissez le genou avant et penchez-vous jusqu&apos;à sentir le mollet s&apos;étirer. Tenez 30 secondes.</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <source>Marble pickup</source>
        <translation>Ramasser des billes</translation>
    </message>
    <message>
        <source>Pick up ten marbles one by one with your toes and drop them in a cup. Twice a foot.</source>
        <translation>Ramassez dix billes une à une avec les orteils et lâchez-les dans un gobelet. Deux fois par pied.</translation>
    </message>
    <message>
        <source>Scatter ten marbles on the floor. Pick them up one at a time with your toes and drop each into a small cup. Press Enter (or B) for every marble. Two rounds with each foot.</source>
        <translation>Éparpillez dix billes sur le sol. Ramassez-les une à une avec les orteils et lâchez chacune dans un petit gobelet. Appuyez sur Entrée (ou B) à chaque bille. Deux séries avec chaque pied.</translation>
    </message>
    <message>
        <source>10 marbles</source>
        <translation>10 billes</translation>
    </message>
    <message>
        <source>small cup</source>
        <translation>petit gobelet</translation>
    </message>
    <message>
        <source>Quick mobility</source>
        <translation>Mobilité express</translation>
    </message>
    <message>
        <source>Ball roll, plantar stretch, toe spelling and calf stretch: about eleven minutes.</source>
        <translation>Massage à la balle, étirement plantaire, alphabet avec les orteils et étirement des mollets&#xa0;: environ onze minutes.</translation>
    </message>
    <message>
        <source>Roll the sole of your foot slowly over a small ball, heel to toes. 45 seconds a foot.</source>
        <translation>Faites rouler lentement la plante du pied sur une petite balle, du talon aux orteils. 45 secondes par pied.</translation>
    </message>
    <message>
        <source>Sit and rest one ankle on the other thigh. Draw the toes back toward the shin until the arch stretches, and keep it there for 10 seconds. Ten times a foot.</source>
        <translation>Asseyez-vous et posez une cheville sur la cuisse opposée. Tirez les orteils vers le tibia jusqu&apos;à ce que la voûte plantaire s&apos;étire, et tenez 10 secondes. Dix fois par pied.</translation>
    </message>
    <message>
        <source>Trace the alphabet in the air with your big toe, slowly and large: 3 seconds a letter.</source>
        <translation>Tracez l&apos;alphabet en l&apos;air avec le gros orteil, lentement et en grand&#xa0;: 3 secondes par lettre.</translation>
    </message>
    <message>
        <source>Hands on a wall, one leg stepped back and straight with the heel down, front knee bent. Lean in until the calf stretches and hold for 30 seconds.</source>
        <translation>Mains au mur, une jambe reculée et tendue, talon au sol, genou avant fléchi. Penchez-vous jusqu&apos;à sentir le mollet s&apos;étirer et tenez 30 secondes.</translation>
    </message>
</context>
<context>
    <name>RoutineActions</name>
    <message>
        <source>New routine</source>
        <translation>Nouvelle routine</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add a routine file (or drop .toml files here)</source>
        <translation>Ajouter un fichier de routine (ou déposez des fichiers .toml ici)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the routine&apos;s file, to share it</source>
        <translation>Écrire le fichier de la routine pour la partager</translation>
    </message>
    <message>
        <source>Edit a copy</source>
        <translation>Modifier une copie</translation>
    </message>
</context>
<context>
    <name>RoutineEdit</name>
    <message>
        <source>How did it go?</source>
        <translation>Comment ça s&apos;est passé&#x202f;?</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Ma routine</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} existe déjà</translation>
    </message>
</context>
<context>
    <name>RoutineEditing</name>
    <message>
        <source>Export the routine</source>
        <translation>Exporter la routine</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routines (*.toml)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exportée</translation>
    </message>
</context>
<context>
    <name>RoutineImport</name>
    <message>
        <source>id &quot;{id}&quot; is a built-in routine&apos;s; change the id in the file</source>
        <translation>l&apos;identifiant «&#xa0;{id}&#xa0;» est celui d&apos;une routine intégrée&#x202f;; changez l&apos;identifiant dans le fichier</translation>
    </message>
</context>
<context>
    <name>RoutineImporter</name>
    <message>
        <source>Import routines</source>
        <translation>Importer des routines</translation>
    </message>
    <message>
        <source>Routines (*.toml)</source>
        <translation>Routines (*.toml)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed:</source>
        <translation>Ce fichier ne peut pas être importé&#x202f;; rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>Replace the routine?</source>
        <translation>Remplacer la routine&#x202f;?</translation>
    </message>
    <message>
        <source>Replace it with the imported one?</source>
        <translation>La remplacer par celle importée&#x202f;?</translation>
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
        <translation>passé</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>{done} of {planned}</source>
        <translation>{done} sur {planned}</translation>
    </message>
    <message>
        <source>bouts {list}</source>
        <translation>essais {list}</translation>
    </message>
    <message>
        <source>{done} of {planned} holds</source>
        <translation>{done} maintiens sur {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned} reps</source>
        <translation>{done} répétitions sur {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned} letters</source>
        <translation>{done} lettres sur {planned}</translation>
    </message>
    <message>
        <source>{done} of {planned} sets</source>
        <translation>{done} séries sur {planned}</translation>
    </message>
    <message>
        <source>{date}, {time}: {routine} ({status})</source>
        <translation>{date}, {time}&#xa0;: {routine} ({status})</translation>
    </message>
    <message>
        <source>Effort {effort} · pain {pain} (of 10)</source>
        <translation>Effort {effort} · douleur {pain} (sur 10)</translation>
    </message>
    <message>
        <source>No exercise was saved.</source>
        <translation>Aucun exercice n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Not reached: {list}</source>
        <translation>Non atteints&#xa0;: {list}</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Delete session…</source>
        <translation>Supprimer la séance…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Choose a session to see what it did.</source>
        <translation>Choisissez une séance pour voir ce que vous avez fait.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete the session of {date}, {time}?</source>
        <translation>Supprimer la séance du {date}, {time}&#x202f;?</translation>
    </message>
    <message>
        <source>Its results and rating are removed from your history. This cannot be undone.</source>
        <translation>Ses résultats et son évaluation seront retirés de votre historique. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Douleur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Speak the cues: “switch feet”, “hold”...</source>
        <translation>Annoncer les consignes à voix haute&#xa0;: «&#xa0;changez de pied&#xa0;», «&#xa0;tenez&#xa0;»…</translation>
    </message>
    <message>
        <source>Beeps and count-down ticks</source>
        <translation>Bips et tic-tac du compte à rebours</translation>
    </message>
    <message>
        <source>Test: say “switch feet”</source>
        <translation>Test&#xa0;: dire «&#xa0;changez de pied&#xa0;»</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>The new language applies the next time Footwork starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Footwork.</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No log file could be written.</source>
        <translation>Aucun fichier journal n&apos;a pu être écrit.</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Sound through</source>
        <translation>Lecture via</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>SummaryBar</name>
    <message numerus="yes">
        <source>Current streak: %n week(s)</source>
        <translation>
            <numerusform>Série en cours&#xa0;: %n semaine</numerusform>
            <numerusform>Série en cours&#xa0;: %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>{current} · Longest: {longest}</source>
        <translation>{current} · Record&#xa0;: {longest}</translation>
    </message>
    <message>
        <source>Your {n}-week program starts with your first workout</source>
        <translation>Votre programme de {n} semaines commence avec votre première séance</translation>
    </message>
    <message>
        <source>Your {n}-week program starts on {date}</source>
        <translation>Votre programme de {n} semaines commence le {date}</translation>
    </message>
    <message>
        <source>Program done: all {n} weeks</source>
        <translation>Programme terminé&#xa0;: les {n} semaines</translation>
    </message>
    <message>
        <source>Week {week} of {weeks}</source>
        <translation>Semaine {week} sur {weeks}</translation>
    </message>
    <message>
        <source>This week: {done} of {goal}</source>
        <translation>Cette semaine&#xa0;: {done} sur {goal}</translation>
    </message>
    <message>
        <source>{percent}% of planned exercises done</source>
        <translation>{percent}&#xa0;% des exercices prévus effectués</translation>
    </message>
</context>
<context>
    <name>TempoField</name>
    <message>
        <source>up</source>
        <translation>montée</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>maintien</translation>
    </message>
    <message>
        <source>down</source>
        <translation>descente</translation>
    </message>
</context>
<context>
    <name>TextListField</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
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
        <translation>jusqu&apos;à {n} s</translation>
    </message>
    <message>
        <source>{reps} × {n} s hold</source>
        <translation>{reps} × {n} s de maintien</translation>
    </message>
    <message>
        <source>at your own pace</source>
        <translation>à votre rythme</translation>
    </message>
    <message>
        <source>paced {tempo} s</source>
        <translation>cadence {tempo} s</translation>
    </message>
    <message>
        <source>{reps} reps, {pace}</source>
        <translation>{reps} répétitions, {pace}</translation>
    </message>
    <message>
        <source>{span}, {n} s each</source>
        <translation>{span}, {n} s chacune</translation>
    </message>
    <message>
        <source>{n} sets</source>
        <translation>{n} séries</translation>
    </message>
    <message>
        <source>{n} s rest</source>
        <translation>{n} s de repos</translation>
    </message>
    <message>
        <source>each foot</source>
        <translation>chaque pied</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>chaque jambe</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Keep it as partial</source>
        <translation>La garder comme partielle</translation>
    </message>
    <message>
        <source>Start  [Enter]</source>
        <translation>Démarrer  [Enter]</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>{name} (cannot load)</source>
        <translation>{name} (chargement impossible)</translation>
    </message>
    <message>
        <source>Program: week {week} of {weeks}</source>
        <translation>Programme&#xa0;: semaine {week} sur {weeks}</translation>
    </message>
    <message>
        <source>This routine file cannot be used:</source>
        <translation>Ce fichier de routine est inutilisable&#xa0;:</translation>
    </message>
    <message>
        <source>About {time}</source>
        <translation>Environ {time}</translation>
    </message>
    <message>
        <source>Exercises: {n}</source>
        <translation>Exercices&#xa0;: {n}</translation>
    </message>
    <message>
        <source>You need:</source>
        <translation>Matériel&#xa0;:</translation>
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
        <translation>Ouvrir Footwork</translation>
    </message>
    <message>
        <source>Quit Footwork</source>
        <translation>Quitter Footwork</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Progress of</source>
        <translation>Progression&#xa0;:</translation>
    </message>
    <message>
        <source>Best bout (s)</source>
        <translation>Meilleur essai (s)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Maintiens</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>TripodChart</name>
    <message>
        <source>Tripod test: where your weight rests</source>
        <translation>Test du trépied&#xa0;: où repose votre poids</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>goal missed</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>this week, in progress</source>
        <translation>cette semaine, en cours</translation>
    </message>
    <message>
        <source>goal {n}</source>
        <translation>objectif {n}</translation>
    </message>
</context>
<context>
    <name>Workout</name>
    <message>
        <source>BOTH FEET</source>
        <translation>LES DEUX PIEDS</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>JAMBE GAUCHE</translation>
    </message>
    <message>
        <source>LEFT FOOT</source>
        <translation>PIED GAUCHE</translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>JAMBE DROITE</translation>
    </message>
    <message>
        <source>RIGHT FOOT</source>
        <translation>PIED DROIT</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>PRÉPAREZ-VOUS</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>TENEZ</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>RELÂCHEZ</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>REPOS</translation>
    </message>
    <message>
        <source>SPELL</source>
        <translation>ÉCRIVEZ</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>VÉRIFIEZ</translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation>CHANGEZ DE JAMBE</translation>
    </message>
    <message>
        <source>SWITCH FEET</source>
        <translation>CHANGEZ DE PIED</translation>
    </message>
    <message>
        <source>COUNT YOUR REPS</source>
        <translation>COMPTEZ VOS RÉPÉTITIONS</translation>
    </message>
    <message>
        <source>GO</source>
        <translation>ALLEZ</translation>
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
        <translation>Jambe gauche</translation>
    </message>
    <message>
        <source>Left foot</source>
        <translation>Pied gauche</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Right foot</source>
        <translation>Pied droit</translation>
    </message>
    <message>
        <source>Both feet</source>
        <translation>Les deux pieds</translation>
    </message>
    <message>
        <source>rep {n} of {total}</source>
        <translation>rép. {n} sur {total}</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Repos</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Switch legs</source>
        <translation>Changement de jambe</translation>
    </message>
    <message>
        <source>Switch feet</source>
        <translation>Changement de pied</translation>
    </message>
    <message>
        <source>set {n} of {total}</source>
        <translation>série {n} sur {total}</translation>
    </message>
    <message>
        <source>WORKOUT COMPLETE</source>
        <translation>SÉANCE TERMINÉE</translation>
    </message>
    <message>
        <source>WORKOUT STOPPED</source>
        <translation>SÉANCE ARRÊTÉE</translation>
    </message>
    <message>
        <source>set {n} / {total}</source>
        <translation>série {n} / {total}</translation>
    </message>
    <message>
        <source>You need: {items}</source>
        <translation>Matériel&#xa0;: {items}</translation>
    </message>
    <message>
        <source>No answer: it goes on by itself in {n} s</source>
        <translation>Sans réponse&#xa0;: la séance continue seule dans {n} s</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep{away}. Press Space to go on.</source>
        <translation>En pause&#xa0;: l&apos;ordinateur était en veille{away}. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source> for {time}</source>
        <translation> pendant {time}</translation>
    </message>
    <message>
        <source>Paused. Press Space to go on.</source>
        <translation>En pause. Appuyez sur Espace pour continuer.</translation>
    </message>
    <message>
        <source>Count rep</source>
        <translation>Compter une rép.</translation>
    </message>
    <message>
        <source>Done early</source>
        <translation>Fini plus tôt</translation>
    </message>
    <message>
        <source>Next: {what}</source>
        <translation>À suivre&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{time} of exercise</source>
        <translation>{time} d&apos;exercice</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>Il reste {time}</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source>Pause  [Space]</source>
        <translation>Pause  [Espace]</translation>
    </message>
    <message>
        <source>Back  [←]</source>
        <translation>Retour  [←]</translation>
    </message>
    <message>
        <source>Skip  [→]</source>
        <translation>Passer  [→]</translation>
    </message>
    <message>
        <source>Count rep  [Enter]</source>
        <translation>Compter une rép.  [Enter]</translation>
    </message>
    <message>
        <source>Stop  [Esc]</source>
        <translation>Arrêter  [Esc]</translation>
    </message>
    <message>
        <source>Back to Today  [Enter]</source>
        <translation>Retour à l&apos;accueil  [Enter]</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Arrêter la séance&#x202f;?</translation>
    </message>
    <message>
        <source>End this workout now? What you have done so far is kept.</source>
        <translation>Terminer cette séance maintenant&#x202f;? Ce que vous avez déjà fait est conservé.</translation>
    </message>
    <message>
        <source>Stop workout</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Resume  [Space]</source>
        <translation>Reprendre  [Espace]</translation>
    </message>
</context>
<context>
    <name>audio</name>
    <message>
        <source>PulseAudio stream (every cue on the beat)</source>
        <extracomment>Backend ids in the order they are tried, with their names for the settings.</extracomment>
        <translation>Flux PulseAudio (chaque annonce pile à temps)</translation>
    </message>
    <message>
        <source>Qt Multimedia (in-process, with volume)</source>
        <translation>Qt Multimedia (intégré, avec volume)</translation>
    </message>
    <message>
        <source>playsound3 (a player program per cue)</source>
        <translation>playsound3 (un lecteur externe par signal)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Qt Multimedia is missing: pip install PySide6-Addons.</source>
        <translation>Qt Multimedia est absent&#xa0;: pip install PySide6-Addons.</translation>
    </message>
    <message>
        <source>The playsound3 package is missing: pip install playsound3.</source>
        <translation>Le paquet playsound3 est absent&#xa0;: pip install playsound3.</translation>
    </message>
    <message>
        <source>No sound player program found for playsound3: install {packages}.</source>
        <translation>Aucun lecteur audio trouvé pour playsound3&#xa0;: installez {packages}.</translation>
    </message>
    <message>
        <source>No sound clips found in {folder}.</source>
        <translation>Aucun fichier son trouvé dans {folder}.</translation>
    </message>
    <message>
        <source>No sound output device found: install and start PulseAudio or PipeWire (with pipewire-pulse), or connect speakers. Cues are shown on screen only.</source>
        <translation>Aucune sortie audio trouvée&#xa0;: installez et démarrez PulseAudio ou PipeWire (avec pipewire-pulse), ou branchez des haut-parleurs. Les consignes ne s&apos;affichent qu&apos;à l&apos;écran.</translation>
    </message>
    <message>
        <source>The PulseAudio client library is missing: install libpulse0.</source>
        <translation>La bibliothèque cliente PulseAudio manque&#xa0;: installez libpulse0.</translation>
    </message>
    <message>
        <source>No sound server answered ({error}): start PulseAudio or PipeWire (with pipewire-pulse).</source>
        <translation>Aucun serveur de son n&apos;a répondu ({error})&#xa0;: démarrez PulseAudio ou PipeWire (avec pipewire-pulse).</translation>
    </message>
    <message>
        <source>The sound clips in {folder} have different sample rates.</source>
        <translation>Les fichiers son de {folder} ont des fréquences d&apos;échantillonnage différentes.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>length</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>side</source>
        <translation>côté</translation>
    </message>
    <message>
        <source>set</source>
        <translation>série</translation>
    </message>
    <message>
        <source>rep</source>
        <translation>rép.</translation>
    </message>
    <message>
        <source>cues</source>
        <translation>signaux</translation>
    </message>
    <message>
        <source>Total: {time} ({seconds:g} s) in {n} phases</source>
        <translation>Total&#xa0;: {time} ({seconds:g} s) en {n} phases</translation>
    </message>
    <message>
        <source>~ : nominal length; the step ends on taps or may end early</source>
        <translation>~&#xa0;: durée nominale&#x202f;; l&apos;étape se termine par des appuis ou peut finir plus tôt</translation>
    </message>
    <message>
        <source>[cue]: not played, one sound at a time (a higher cue still sounds)</source>
        <translation>[annonce]&#xa0;: non jouée, un son à la fois (une annonce plus importante sonne quand même)</translation>
    </message>
    <message>
        <source>a check waits its length for an answer, then goes on as not answered</source>
        <translation>une vérification attend sa durée une réponse, puis continue sans réponse</translation>
    </message>
    <message>
        <source>week {week} of {weeks}</source>
        <translation>semaine {week} sur {weeks}</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>à vous</translation>
    </message>
    <message>
        <source>BROKEN, not loaded:</source>
        <translation>INVALIDE, non chargée&#xa0;:</translation>
    </message>
    <message>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}&#xa0;: écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>{n} lignes écrites dans {path}</translation>
    </message>
    <message>
        <source>There is no history to back up yet.</source>
        <translation>Il n&apos;y a pas encore d&apos;historique à sauvegarder.</translation>
    </message>
    <message>
        <source>History backed up to {path}</source>
        <translation>Historique sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Footwork is running (process {pid}): quit it, then restore again.</source>
        <translation>Footwork est lancé (processus {pid})&#xa0;: quittez-le, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>Restored {n} sessions from {path}.</source>
        <translation>{n} séances restaurées depuis {path}.</translation>
    </message>
    <message>
        <source>The history before was kept as {path}.</source>
        <translation>L&apos;historique précédent a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>removed {path}</source>
        <translation>{path} supprimé</translation>
    </message>
    <message>
        <source>Footwork was not installed on the desktop.</source>
        <translation>Footwork n&apos;était pas installé sur le bureau.</translation>
    </message>
    <message>
        <source>add --replace to replace it</source>
        <translation>ajoutez --replace pour la remplacer</translation>
    </message>
    <message>
        <source>imported as {path}</source>
        <translation>importée sous {path}</translation>
    </message>
    <message>
        <source>A guided foot strength and mobility workout timer for runners.</source>
        <translation>Un minuteur d&apos;entraînement guidé pour la force et la mobilité des pieds, pour les coureurs.</translation>
    </message>
    <message>
        <source>open the app and start ROUTINE at once (an id or a .toml path)</source>
        <translation>ouvrir l&apos;application et lancer ROUTINE aussitôt (un identifiant ou un chemin .toml)</translation>
    </message>
    <message>
        <source>report the routines, cue clips and translations found and whether sound works; exit 1 when something bundled is missing</source>
        <translation>indiquer les routines, annonces et traductions trouvées et si le son fonctionne&#x202f;; code 1 s&apos;il manque un élément fourni</translation>
    </message>
    <message>
        <source>log every detail, to the terminal as well as to the log file</source>
        <translation>journaliser tous les détails, dans le terminal comme dans le fichier journal</translation>
    </message>
    <message>
        <source>start in the tray without opening the window (for login)</source>
        <translation>démarrer dans la zone de notification sans ouvrir la fenêtre (pour l’ouverture de session)</translation>
    </message>
    <message>
        <source>print the timeline a routine compiles to</source>
        <translation>afficher le déroulé chronologique d&apos;une routine</translation>
    </message>
    <message>
        <source>a routine id or a .toml path</source>
        <translation>un identifiant de routine ou un chemin .toml</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>the program&apos;s week: ranges such as 10-12 reps move up by week</source>
        <translation>la semaine du programme&#xa0;: les fourchettes comme 10-12 répétitions progressent chaque semaine</translation>
    </message>
    <message>
        <source>how many weeks the program lasts (default 6)</source>
        <translation>nombre de semaines du programme (6 par défaut)</translation>
    </message>
    <message>
        <source>the language of the clips whose lengths decide what plays</source>
        <translation>la langue des annonces dont la durée décide de ce qui est joué</translation>
    </message>
    <message>
        <source>list the built-in and your own routines</source>
        <translation>lister les routines intégrées et les vôtres</translation>
    </message>
    <message>
        <source>write the workout history</source>
        <translation>écrire l&apos;historique des séances</translation>
    </message>
    <message>
        <source>file to write (default: stdout)</source>
        <translation>fichier à écrire (par défaut&#xa0;: stdout)</translation>
    </message>
    <message>
        <source>copy the history to today&apos;s backup in the data folder</source>
        <translation>copier l&apos;historique dans la sauvegarde du jour du dossier de données</translation>
    </message>
    <message>
        <source>replace the history by a backup (the current one is kept)</source>
        <translation>remplacer l&apos;historique par une sauvegarde (l&apos;actuel est conservé)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>add Footwork and its routines to the applications menu (for this user)</source>
        <translation>ajouter Footwork et ses routines au menu des applications (pour cet utilisateur)</translation>
    </message>
    <message>
        <source>remove what install-desktop wrote</source>
        <translation>supprimer ce qu&apos;install-desktop a écrit</translation>
    </message>
    <message>
        <source>check a routine file and add it to your routines</source>
        <translation>vérifier un fichier de routine et l&apos;ajouter à vos routines</translation>
    </message>
    <message>
        <source>a routine .toml file</source>
        <translation>un fichier de routine .toml</translation>
    </message>
    <message>
        <source>replace your routine that has the same id</source>
        <translation>remplacer votre routine ayant le même identifiant</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <source>Workout timer</source>
        <extracomment>The translatable texts of the shipped entry&apos;s main group: key, context, English text.</extracomment>
        <translation>Minuteur d&apos;entraînement</translation>
    </message>
    <message>
        <source>workout;exercise;timer;feet;running;mobility;</source>
        <translation>entraînement;exercice;minuteur;pieds;course;mobilité;</translation>
    </message>
    <message>
        <source>Footwork&apos;s desktop files are missing from its installation:</source>
        <translation>Les fichiers de bureau de Footwork manquent dans son installation :</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Your history at {path} could not be read: {reason}.</source>
        <translation>Votre historique dans {path} n&apos;a pas pu être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Your history could not be saved to {path}: {reason}.</source>
        <translation>Impossible d&apos;enregistrer votre historique dans {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason}.</source>
        <translation>{path} ne peut pas être restauré&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Footwork</source>
        <translation>il a été créé par une version plus récente de Footwork</translation>
    </message>
    <message>
        <source>it holds no Footwork history</source>
        <translation>il ne contient aucun historique Footwork</translation>
    </message>
    <message>
        <source>it could not be opened: {detail}</source>
        <translation>il n&apos;a pas pu être ouvert&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>it is damaged: {detail}</source>
        <translation>il est endommagé&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Your history file could not be read ({cause}); it was kept as {path}; a new one was started.</source>
        <translation>Impossible de lire votre fichier d&apos;historique ({cause})&#x202f;; il a été conservé sous {path} et un nouveau a été créé.</translation>
    </message>
    <message>
        <source>Unknown export format {fmt}: choose csv or json.</source>
        <translation>Format d&apos;export inconnu {fmt}&#xa0;: choisissez csv ou json.</translation>
    </message>
    <message>
        <source>Your results are kept in memory and saved as soon as this works again: keep Footwork open until then.</source>
        <translation>Vos résultats sont conservés en mémoire et seront enregistrés dès que cela fonctionnera à nouveau&#xa0;: laissez Footwork ouvert d&apos;ici là.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
</context>
<context>
    <name>routine</name>
    <message>
        <source>id &quot;{id}&quot; is already used by {path}</source>
        <translation>l&apos;identifiant &quot;{id}&quot; est déjà utilisé par {path}</translation>
    </message>
    <message>
        <source>no routine with this id (known: {known})</source>
        <translation>aucune routine avec cet identifiant (connus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>does not apply to kind &quot;{kind}&quot;</source>
        <translation>ne s&apos;applique pas à kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be lowercase letters, digits and single hyphens</source>
        <translation>ne doit contenir que des minuscules, des chiffres et des tirets simples</translation>
    </message>
    <message>
        <source>must be one of: {options}</source>
        <translation>doit être l&apos;une de ces valeurs&#xa0;: {options}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>must be {kind}</source>
        <translation>doit être {kind}</translation>
    </message>
    <message>
        <source>zero or more</source>
        <translation>supérieur ou égal à zéro</translation>
    </message>
    <message>
        <source>greater than zero</source>
        <translation>supérieur à zéro</translation>
    </message>
    <message>
        <source>must be {limit}</source>
        <translation>doit être {limit}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>doit être une liste de textes</translation>
    </message>
    <message>
        <source>must have at least {n} entries</source>
        <translation>doit contenir au moins {n} éléments</translation>
    </message>
    <message>
        <source>is required for kind &quot;{kind}&quot;</source>
        <translation>est obligatoire pour kind &quot;{kind}&quot;</translation>
    </message>
    <message>
        <source>must not be less than seconds</source>
        <translation>ne doit pas être inférieur à seconds</translation>
    </message>
    <message>
        <source>must not be less than reps</source>
        <translation>ne doit pas être inférieur à reps</translation>
    </message>
    <message>
        <source>cannot be combined with pace = &quot;self&quot;</source>
        <translation>ne peut pas être combiné avec pace = &quot;self&quot;</translation>
    </message>
    <message>
        <source>must be three seconds [up, hold, down], none negative</source>
        <translation>doit contenir trois durées en secondes [montée, maintien, descente], aucune négative</translation>
    </message>
    <message>
        <source>is not a text file</source>
        <translation>n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>is required (format = 1)</source>
        <translation>est obligatoire (format = 1)</translation>
    </message>
    <message>
        <source>must be 1; this version of Footwork reads format 1</source>
        <translation>doit valoir 1&#x202f;; cette version de Footwork lit le format 1</translation>
    </message>
    <message>
        <source>is required: at least one [[exercises]] table</source>
        <translation>est obligatoire&#xa0;: au moins une table [[exercises]]</translation>
    </message>
    <message>
        <source>must be [[exercises]] tables</source>
        <translation>doit être composé de tables [[exercises]]</translation>
    </message>
    <message>
        <source>must have at least one exercise</source>
        <translation>doit contenir au moins un exercice</translation>
    </message>
    <message>
        <source>duplicate exercise id (first used on line {line})</source>
        <translation>identifiant d&apos;exercice en double (déjà utilisé ligne {line})</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
</context>
<context>
    <name>self-check</name>
    <message>
        <source>{n} built-in ({ids}), {yours} of yours</source>
        <translation>{n} intégrées ({ids}), {yours} à vous</translation>
    </message>
    <message>
        <source>broken: {names}</source>
        <translation>défectueuses&#xa0;: {names}</translation>
    </message>
    <message>
        <source>routines</source>
        <translation>routines</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>manquants&#xa0;: {names}</translation>
    </message>
    <message>
        <source>none in {path}</source>
        <translation>aucun dans {path}</translation>
    </message>
    <message>
        <source>cue clips</source>
        <translation>annonces</translation>
    </message>
    <message>
        <source>{langs} ({n} .qm)</source>
        <translation>{langs} ({n} .qm)</translation>
    </message>
    <message>
        <source>missing or unreadable: {langs}</source>
        <translation>manquantes ou illisibles&#xa0;: {langs}</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>traductions</translation>
    </message>
    <message>
        <source>menu entry, metainfo, icon ({sizes} px and SVG)</source>
        <translation>entrée de menu, metainfo, icône ({sizes} px et SVG)</translation>
    </message>
    <message>
        <source>desktop files</source>
        <translation>fichiers de bureau</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>fenêtre principale</translation>
    </message>
    <message>
        <source>built in {ms:.0f} ms ({platform})</source>
        <translation>construite en {ms:.0f} ms ({platform})</translation>
    </message>
    <message>
        <source>Qt Multimedia</source>
        <translation>Qt Multimedia</translation>
    </message>
    <message>
        <source>sound output</source>
        <translation>sortie audio</translation>
    </message>
    <message>
        <source>missing ({reason}): pip install PySide6-Addons</source>
        <translation>absent ({reason})&#xa0;: pip install PySide6-Addons</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>player program</source>
        <translation>programme de lecture</translation>
    </message>
    <message>
        <source>available for playsound3</source>
        <translation>disponible pour playsound3</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Footwork {version} self-check</source>
        <translation>Autovérification de Footwork {version}</translation>
    </message>
    <message>
        <source>Something is missing: reinstall Footwork.</source>
        <translation>Il manque quelque chose&#xa0;: réinstallez Footwork.</translation>
    </message>
    <message>
        <source>Everything bundled was found.</source>
        <translation>Tout ce qui est fourni a été trouvé.</translation>
    </message>
</context>
</TS>
