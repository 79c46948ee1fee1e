<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CornerTaps</name>
    <message>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>For the store&apos;s staff.</source>
        <translation>Pour le personnel du magasin.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>On-screen keys: they type into the box above them.</source>
        <translation>Touches à l’écran&#xa0;: elles écrivent dans la case au-dessus.</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>Tiret</translation>
    </message>
    <message>
        <source>Types a dash (-).</source>
        <translation>Saisit un tiret (-).</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <source>Types {key}.</source>
        <translation>Saisit {key}.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Deletes the last character typed.</source>
        <translation>Efface le dernier caractère saisi.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Deletes everything typed.</source>
        <translation>Efface tout ce qui a été saisi.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sends what you typed.</source>
        <translation>Envoie ce que vous avez saisi.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Power bank</source>
        <translation>Batterie externe</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Earbuds case</source>
        <translation>Étui d’écouteurs</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Chargeur sans fil</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Recall Desk: check your device</source>
        <translation>Recall Desk&#xa0;: vérifiez votre appareil</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Forgets what you entered and goes back to the first screen.</source>
        <translation>Efface ce que vous avez saisi et revient au premier écran.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Is your device under a safety recall?</source>
        <translation>Votre appareil fait-il l’objet d’un rappel de sécurité?</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Shows these screens and prints your slip in {language}.</source>
        <translation>Affiche ces écrans et imprime votre fiche en {language}.</translation>
    </message>
    <message>
        <source>Check it yourself in a minute. Find the model number on the device, type it (or scan the barcode on the box), and answer a question or two.</source>
        <translation>Vérifiez-le vous-même en une minute. Trouvez le numéro de modèle sur l’appareil, saisissez-le (ou scannez le code-barres de la boîte) et répondez à une question ou deux.</translation>
    </message>
    <message>
        <source>Type the model number</source>
        <translation>Saisissez le numéro de modèle</translation>
    </message>
    <message>
        <source>Opens a keypad to type the model number printed on your device.</source>
        <translation>Ouvre un clavier pour saisir le numéro de modèle imprimé sur votre appareil.</translation>
    </message>
    <message>
        <source>Step 1: where is the model number? Pick your kind of device:</source>
        <translation>Étape 1&#xa0;: où est le numéro de modèle? Choisissez votre type d’appareil&#xa0;:</translation>
    </message>
    <message>
        <source>Shows where the model number is on this kind of device.</source>
        <translation>Montre où se trouve le numéro de modèle sur ce type d’appareil.</translation>
    </message>
    <message>
        <source>Where the model number is</source>
        <translation>Où se trouve le numéro de modèle</translation>
    </message>
    <message>
        <source>Show another</source>
        <translation>Voir un autre</translation>
    </message>
    <message>
        <source>Shows another device of this kind.</source>
        <translation>Montre un autre appareil de ce type.</translation>
    </message>
    <message>
        <source>I found it: type it</source>
        <translation>Je l’ai trouvé&#xa0;: le saisir</translation>
    </message>
    <message>
        <source>Opens a keypad to type the model number you found.</source>
        <translation>Ouvre un clavier pour saisir le numéro de modèle trouvé.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
    <message>
        <source>As printed after “Model” on the label, letters and digits. Or scan the barcode on the box.</source>
        <translation>Tel qu’il est imprimé après «&#xa0;Model&#xa0;» sur l’étiquette, lettres et chiffres. Ou scannez le code-barres de la boîte.</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Numéro de modèle</translation>
    </message>
    <message>
        <source>Type it with the keys below, or scan it.</source>
        <translation>Saisissez-le avec les touches ci-dessous ou scannez-le.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Type it with the keys below.</source>
        <translation>Saisissez-le avec les touches ci-dessous.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>NIP du gérant</translation>
    </message>
    <message>
        <source>For the store&apos;s staff: the PIN to leave.</source>
        <translation>Pour le personnel du magasin&#xa0;: le NIP pour quitter.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Model number keypad</source>
        <translation>Clavier du numéro de modèle</translation>
    </message>
    <message>
        <source>Letters, digits and a dash: they type into the model number box.</source>
        <translation>Lettres, chiffres et tiret&#xa0;: ils s’inscrivent dans la case du numéro de modèle.</translation>
    </message>
    <message>
        <source>Checks this model number.</source>
        <translation>Vérifie ce numéro de modèle.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the model number.</source>
        <translation>Revient au numéro de modèle.</translation>
    </message>
    <message>
        <source>A few details</source>
        <translation>Quelques précisions</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Votre appareil</translation>
    </message>
    <message>
        <source>Where the serial number is</source>
        <translation>Où se trouve le numéro de série</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Ce qu’il faut saisir</translation>
    </message>
    <message>
        <source>Serial length and feedback</source>
        <translation>Longueur du numéro de série et remarques</translation>
    </message>
    <message>
        <source>Serial number keypad</source>
        <translation>Clavier du numéro de série</translation>
    </message>
    <message>
        <source>Letters, digits and a dash: they type into the serial number box.</source>
        <translation>Lettres, chiffres et tiret&#xa0;: ils s’inscrivent dans la case du numéro de série.</translation>
    </message>
    <message>
        <source>Checks this serial number.</source>
        <translation>Vérifie ce numéro de série.</translation>
    </message>
    <message>
        <source>No serial number printed</source>
        <translation>Aucun numéro de série imprimé</translation>
    </message>
    <message>
        <source>Choose this when your device has no serial number on it.</source>
        <translation>Choisissez ceci si votre appareil ne porte aucun numéro de série.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Votre résultat</translation>
    </message>
    <message>
        <source>Your slip</source>
        <translation>Votre fiche</translation>
    </message>
    <message>
        <source>A picture of your slip: show it to a member of staff or photograph it.</source>
        <translation>Une image de votre fiche&#xa0;: montrez-la à un membre du personnel ou prenez-la en photo.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Imprimer ma fiche</translation>
    </message>
    <message>
        <source>Prints a slip with your result and what to do next, to take home.</source>
        <translation>Imprime une fiche à emporter avec votre résultat et la marche à suivre.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave the kiosk</source>
        <translation>Entrez le NIP du gérant pour quitter la borne</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Message sur le NIP</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Clavier du NIP</translation>
    </message>
    <message>
        <source>Digits: they type into the PIN box.</source>
        <translation>Chiffres&#xa0;: ils s’inscrivent dans la case du NIP.</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Closes the kiosk when the PIN is right.</source>
        <translation>Ferme la borne si le NIP est bon.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Revient au premier écran.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là?</translation>
    </message>
    <message>
        <source>Touch the screen to continue.</source>
        <translation>Touchez l’écran pour continuer.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>Keeps what you entered and goes on.</source>
        <translation>Garde ce que vous avez saisi et continue.</translation>
    </message>
    <message>
        <source>No pictures of this kind of device yet: look on the bottom or the back for “Model”.</source>
        <translation>Pas encore d’images de ce type d’appareil&#xa0;: cherchez «&#xa0;Model&#xa0;» dessous ou au dos.</translation>
    </message>
    <message>
        <source>{product}: the model number is printed near the marked labels.</source>
        <translation>{product}&#xa0;: le numéro de modèle est imprimé près des étiquettes indiquées.</translation>
    </message>
    <message>
        <source>{product}. The model number is here: {where}.</source>
        <translation>{product}. Le numéro de modèle se trouve ici&#xa0;: {where}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n s.</source>
        <translation>
            <numerusform>Trop de NIP erronés&#xa0;: réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de NIP erronés&#xa0;: réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s before trying again.</source>
        <translation>
            <numerusform>Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Starting over in %n s.</source>
        <translation>
            <numerusform>Êtes-vous toujours là? Retour au début dans %n seconde.</numerusform>
            <numerusform>Êtes-vous toujours là? Retour au début dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label reads “{text}”.</source>
        <translation>L’étiquette indique «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Type the model number first, then press {key}.</source>
        <translation>Saisissez d’abord le numéro de modèle, puis appuyez sur {key}.</translation>
    </message>
    <message>
        <source>Type the serial number first, then press {key}.</source>
        <translation>Saisissez d’abord le numéro de série, puis appuyez sur {key}.</translation>
    </message>
    <message>
        <source>That could not be read: check what you typed and try again.</source>
        <translation>Impossible de lire cette entrée&#xa0;: vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <source>{device}, model {model}</source>
        <translation>{device}, modèle {model}</translation>
    </message>
    <message>
        <source>Type the serial number exactly as printed.</source>
        <translation>Saisissez le numéro de série exactement comme il est imprimé.</translation>
    </message>
    <message>
        <source>Type the “{label}” exactly as printed.</source>
        <translation>Saisissez le «&#xa0;{label}&#xa0;» exactement comme il est imprimé.</translation>
    </message>
    <message>
        <source>Where to find it: {where}.</source>
        <translation>Où le trouver&#xa0;: {where}.</translation>
    </message>
    <message>
        <source>Look for “{text}”.</source>
        <translation>Cherchez «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Réponse&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Your answer to the question “{question}”</source>
        <translation>Votre réponse à la question «&#xa0;{question}&#xa0;»</translation>
    </message>
    <message>
        <source>Your slip (case {case}) is printing: take it from the printer.</source>
        <translation>Votre fiche (dossier {case}) s’imprime&#xa0;: prenez-la à l’imprimante.</translation>
    </message>
    <message>
        <source>The printer did not answer ({problem}). Here is your slip on screen: ask a member of staff.</source>
        <translation>L’imprimante ne répond pas ({problem}). Voici votre fiche à l’écran&#xa0;: adressez-vous à un membre du personnel.</translation>
    </message>
    <message>
        <source>Your slip, case {case}: show it to a member of staff or photograph it.</source>
        <translation>Votre fiche, dossier {case}&#xa0;: montrez-la à un membre du personnel ou prenez-la en photo.</translation>
    </message>
    <message>
        <source>No exit PIN is set: a manager sets one with “recall-desk kiosk set-pin”.</source>
        <translation>Aucun NIP de sortie n’est défini&#xa0;: un gérant en définit un avec «&#xa0;recall-desk kiosk set-pin&#xa0;».</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>NIP erroné.</translation>
    </message>
    <message>
        <source>No exit PIN is set: the kiosk cannot be left from here.</source>
        <translation>Aucun NIP de sortie n’est défini&#xa0;: impossible de quitter la borne d’ici.</translation>
    </message>
</context>
</TS>
