<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Recall Desk cannot open its catalog</source>
        <translation>Recall Desk ne peut pas ouvrir son catalogue</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>not a picture</source>
        <translation>ce n’est pas une image</translation>
    </message>
</context>
<context>
    <name>CheckLogDialog</name>
    <message>
        <source>Check log</source>
        <translation>Journal des vérifications</translation>
    </message>
    <message>
        <source>Filter: model, serial, recall, station, clerk, case…</source>
        <translation>Filtrer&#xa0;: modèle, numéro de série, rappel, poste, employé, dossier…</translation>
    </message>
    <message>
        <source>Filter the check log</source>
        <translation>Filtrer le journal des vérifications</translation>
    </message>
    <message>
        <source>Shows only the checks with these words</source>
        <translation>N’affiche que les vérifications qui contiennent ces mots</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>Shows only the checks with this outcome</source>
        <translation>N’affiche que les vérifications ayant ce résultat</translation>
    </message>
    <message>
        <source>Checks shown</source>
        <translation>Vérifications affichées</translation>
    </message>
    <message>
        <source>How many checks the filters show</source>
        <translation>Le nombre de vérifications que les filtres laissent voir</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Every check, newest first</source>
        <translation>Toutes les vérifications, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>Bilan quotidien</translation>
    </message>
    <message>
        <source>The checks shown, counted by day</source>
        <translation>Les vérifications affichées, comptées par jour</translation>
    </message>
    <message>
        <source>Check log views</source>
        <translation>Vues du journal</translation>
    </message>
    <message>
        <source>The checks, or their daily summary</source>
        <translation>Les vérifications, ou leur bilan quotidien</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empties the filter</source>
        <translation>Vide le filtre</translation>
    </message>
    <message>
        <source>Every check the filters show, newest first</source>
        <translation>Les vérifications que les filtres laissent voir, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>The checks the filters show, counted by day</source>
        <translation>Les vérifications que les filtres laissent voir, comptées par jour</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write the checks shown (with the filters) to a CSV file for Excel</source>
        <translation>Écrire les vérifications affichées (selon les filtres) dans un fichier CSV pour Excel</translation>
    </message>
    <message>
        <source>Export the checks shown as CSV</source>
        <translation>Exporter en CSV les vérifications affichées</translation>
    </message>
    <message>
        <source>Writes the checks shown (with the filters) to a CSV file for Excel</source>
        <translation>Écrit les vérifications affichées (selon les filtres) dans un fichier CSV pour Excel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the check log</source>
        <translation>Ferme le journal des vérifications</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l’exportation</translation>
    </message>
    <message>
        <source>What the export wrote</source>
        <translation>Ce que l’exportation a écrit</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} checks</source>
        <translation>
            <numerusform>{shown} sur {total} vérification</numerusform>
            <numerusform>{shown} sur {total} vérifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the check log</source>
        <translation>Exporter le journal des vérifications</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>Fichiers CSV ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {count} checks to {path}</source>
        <translation>
            <numerusform>{count} vérification écrite dans {path}</numerusform>
            <numerusform>{count} vérifications écrites dans {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Employé</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>non imprimée</translation>
    </message>
</context>
<context>
    <name>DailySummaryModel</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Concernés</translation>
    </message>
    <message>
        <source>Check with manufacturer</source>
        <translation>À vérifier auprès du fabricant</translation>
    </message>
    <message>
        <source>Slips printed</source>
        <translation>Fiches imprimées</translation>
    </message>
</context>
<context>
    <name>FirstManagerBox</name>
    <message>
        <source>No clerks are set up, so nobody signs in and everyone may use every function, including catalog edits, log export and these settings. Create the first manager to require sign-in: from then on only a signed-in manager may do those.</source>
        <translation>Aucun employé n’est inscrit&#xa0;: personne ne se connecte et chacun peut tout faire, y compris modifier le catalogue, exporter le journal et changer ces paramètres. Créez le premier gérant pour exiger la connexion&#xa0;: dès lors, seul un gérant connecté pourra le faire.</translation>
    </message>
    <message>
        <source>Clerks and sign-in</source>
        <translation>Employés et connexion</translation>
    </message>
    <message>
        <source>Create the first manager of this station</source>
        <translation>Créer le premier gérant de ce poste</translation>
    </message>
    <message>
        <source>No clerks set up</source>
        <translation>Aucun employé inscrit</translation>
    </message>
    <message>
        <source>What creating the first manager changes</source>
        <translation>Ce que change la création du premier gérant</translation>
    </message>
    <message>
        <source>Manager i&amp;d:</source>
        <translation>I&amp;dentifiant du gérant&#xa0;:</translation>
    </message>
    <message>
        <source>New manager&apos;s id</source>
        <translation>Identifiant du nouveau gérant</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes</source>
        <translation>Lettres, chiffres, points, traits d’union</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>New manager&apos;s name</source>
        <translation>Nom du nouveau gérant</translation>
    </message>
    <message>
        <source>The name shown when they sign in</source>
        <translation>Le nom affiché à sa connexion</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>N&amp;IP&#xa0;:</translation>
    </message>
    <message>
        <source>New manager&apos;s PIN</source>
        <translation>NIP du nouveau gérant</translation>
    </message>
    <message>
        <source>Optional: 4 or more characters</source>
        <translation>Facultatif&#xa0;: 4 caractères ou plus</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>NIP (con&amp;firmation)&#xa0;:</translation>
    </message>
    <message>
        <source>New manager&apos;s PIN again</source>
        <translation>NIP du nouveau gérant, à nouveau</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même NIP, une seconde fois</translation>
    </message>
    <message>
        <source>Create manager</source>
        <translation>Créer le gérant</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>Créer le premier gérant</translation>
    </message>
    <message>
        <source>Creates the manager and signs them in here</source>
        <translation>Crée le gérant et le connecte à ce poste</translation>
    </message>
    <message>
        <source>Create manager result</source>
        <translation>Résultat de la création du gérant</translation>
    </message>
    <message>
        <source>What creating the manager did</source>
        <translation>Ce qu’a donné la création du gérant</translation>
    </message>
    <message>
        <source>{clerk} is a manager and is signed in at this counter.</source>
        <translation>{clerk} est gérant et est connecté à ce comptoir.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Les deux NIP diffèrent.</translation>
    </message>
    <message>
        <source>A clerk was added meanwhile (perhaps at another counter): sign in instead.</source>
        <translation>Un employé a été ajouté entre-temps (peut-être à un autre comptoir)&#xa0;: connectez-vous plutôt.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>A language&apos;s name in that language, as a language menu shows it: keep it as it is.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Français</source>
        <extracomment>A language&apos;s name in that language, as a language menu shows it: keep it as it is.</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>Español</source>
        <extracomment>A language&apos;s name in that language, as a language menu shows it: keep it as it is.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC, serial or product name</source>
        <translation>Scannez ou tapez un numéro de modèle, un CUP, un numéro de série ou un nom de produit</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC or serial</source>
        <translation>Scannez ou tapez un numéro de modèle, un CUP ou un numéro de série</translation>
    </message>
    <message>
        <source>Enter checks what was typed; a scan anywhere in the window lands here and is checked</source>
        <translation>Entrée vérifie ce qui a été tapé&#xa0;; un scan fait n’importe où dans la fenêtre arrive ici et est vérifié</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empties the entry</source>
        <translation>Vide la zone de saisie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Checks what the entry holds (Enter)</source>
        <translation>Vérifie ce que contient la zone de saisie (Entrée)</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Nouvelle vérification</translation>
    </message>
    <message>
        <source>Forgets this check and starts a new one (Esc)</source>
        <translation>Oublie cette vérification et en commence une nouvelle (Échap)</translation>
    </message>
    <message>
        <source>Opening the recall catalog…</source>
        <translation>Ouverture du catalogue des rappels…</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Version du catalogue</translation>
    </message>
    <message>
        <source>The recall catalog this counter checks</source>
        <translation>Le catalogue des rappels que ce comptoir consulte</translation>
    </message>
    <message>
        <source>Catalog age warning</source>
        <translation>Avertissement&#xa0;: catalogue ancien</translation>
    </message>
    <message>
        <source>Shown when the catalog is more than 30 days old</source>
        <translation>Affiché quand le catalogue a plus de 30 jours</translation>
    </message>
    <message>
        <source>Checks the barcode in a photo or a scan of a label</source>
        <translation>Vérifie le code-barres d’une photo ou d’une numérisation d’étiquette</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Im&amp;primer la fiche…</translation>
    </message>
    <message>
        <source>The slip of this check for the customer</source>
        <translation>La fiche de cette vérification pour le client</translation>
    </message>
    <message>
        <source>S&amp;weep inventory…</source>
        <translation>Contrôler l’in&amp;ventaire…</translation>
    </message>
    <message>
        <source>Checks a stock list from the store&apos;s system against the catalog</source>
        <translation>Compare au catalogue une liste de stock tirée du système du magasin</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>The station, language, appearance, store, printer, scanner and kiosk</source>
        <translation>Le poste, la langue, l’apparence, le magasin, l’imprimante, le lecteur et la borne</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Nobody is signed in at this counter afterwards</source>
        <translation>Personne n’est plus connecté à ce comptoir ensuite</translation>
    </message>
    <message>
        <source>&amp;Import recall data…</source>
        <translation>&amp;Importer des données de rappel…</translation>
    </message>
    <message>
        <source>Updates the catalog from a CPSC or Health Canada file or a head-office bundle</source>
        <translation>Met à jour le catalogue depuis un fichier de la CPSC ou de Santé Canada, ou un lot du siège</translation>
    </message>
    <message>
        <source>&amp;Review imported findings…</source>
        <translation>&amp;Revoir les résultats d’importation…</translation>
    </message>
    <message>
        <source>What an import could not be sure of, to confirm, correct or reject</source>
        <translation>Ce dont une importation n’a pu être sûre, à confirmer, corriger ou rejeter</translation>
    </message>
    <message>
        <source>&amp;Edit catalog…</source>
        <translation>&amp;Modifier le catalogue…</translation>
    </message>
    <message>
        <source>Adds or changes a recall, its products, serial rule, questions and pictures</source>
        <translation>Ajoute ou modifie un rappel, ses produits, sa règle de numéro de série, ses questions et ses images</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Closes Recall Desk</source>
        <translation>Ferme Recall Desk</translation>
    </message>
    <message>
        <source>Check &amp;log</source>
        <translation>&amp;Journal des vérifications</translation>
    </message>
    <message>
        <source>Every check at this counter, with filters and export</source>
        <translation>Toutes les vérifications de ce comptoir, avec filtres et exportation</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <source>Forgets this check and starts a new one</source>
        <translation>Oublie cette vérification et en commence une nouvelle</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>How to check a device at the counter</source>
        <translation>Comment vérifier un appareil au comptoir</translation>
    </message>
    <message>
        <source>&amp;About Recall Desk</source>
        <translation>À &amp;propos de Recall Desk</translation>
    </message>
    <message>
        <source>The version, the catalog and the database</source>
        <translation>La version, le catalogue et la base de données</translation>
    </message>
    <message>
        <source>Shows the interface in {language} from now on</source>
        <translation>Affiche désormais l’interface en {language}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>C&amp;atalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Matching recalls</source>
        <translation>Rappels correspondants</translation>
    </message>
    <message>
        <source>Recalls that match what is typed; Enter or a click checks that model</source>
        <translation>Les rappels qui correspondent à la saisie&#xa0;; Entrée ou un clic vérifie ce modèle</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Détails du produit</translation>
    </message>
    <message>
        <source>Pictures, labels, serial number and questions</source>
        <translation>Images, étiquettes, numéro de série et questions</translation>
    </message>
    <message>
        <source>The {language} translation could not be loaded.</source>
        <translation>La traduction «&#xa0;{language}&#xa0;» n’a pas pu être chargée.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recall Desk at the counter&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;Scan the barcode or type the model number printed on the device (or words of its name). A scan lands in the entry wherever you are.&lt;/li&gt;
&lt;li&gt;Press &lt;b&gt;Enter&lt;/b&gt; to check. The pictures show where the model and serial labels sit.&lt;/li&gt;
&lt;li&gt;Answer what it asks: the serial number, the colour, a code inside the lid.&lt;/li&gt;
&lt;li&gt;Read the verdict out: &lt;b&gt;affected&lt;/b&gt;, &lt;b&gt;not affected&lt;/b&gt;, &lt;b&gt;check with the manufacturer&lt;/b&gt;, or &lt;b&gt;no recall on file&lt;/b&gt; as of the catalog date (never &quot;safe&quot;).&lt;/li&gt;
&lt;/ol&gt;
&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;check&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new check&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;read a barcode from a picture&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;check log&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;this help&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next control&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Recall Desk au comptoir&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;Scannez le code-barres ou tapez le numéro de modèle imprimé sur l’appareil (ou des mots de son nom). Un scan arrive dans la zone de saisie, où que vous soyez.&lt;/li&gt;
&lt;li&gt;Appuyez sur &lt;b&gt;Entrée&lt;/b&gt; pour vérifier. Les images montrent où se trouvent les étiquettes du modèle et du numéro de série.&lt;/li&gt;
&lt;li&gt;Répondez à ce qui est demandé&#xa0;: le numéro de série, la couleur, un code à l’intérieur du couvercle.&lt;/li&gt;
&lt;li&gt;Lisez le verdict à voix haute&#xa0;: &lt;b&gt;concerné&lt;/b&gt;, &lt;b&gt;non concerné&lt;/b&gt;, &lt;b&gt;à vérifier auprès du fabricant&lt;/b&gt;, ou &lt;b&gt;aucun rappel au catalogue&lt;/b&gt; à la date du catalogue (jamais «&#xa0;sans danger&#xa0;»).&lt;/li&gt;
&lt;/ol&gt;
&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Entrée&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vérifier&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Échap&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nouvelle vérification&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lire un code-barres sur une image&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Maj+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;journal des vérifications&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cette aide&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;commande suivante&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{count} recalls</source>
        <translation>
            <numerusform>{count} rappel</numerusform>
            <numerusform>{count} rappels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} model numbers</source>
        <translation>
            <numerusform>{count} numéro de modèle</numerusform>
            <numerusform>{count} numéros de modèle</numerusform>
        </translation>
    </message>
    <message>
        <source>{recalls}, {models} · Station: {station}</source>
        <translation>{recalls}, {models} · Poste&#xa0;: {station}</translation>
    </message>
    <message>
        <source>Catalog {version}, published {published}</source>
        <translation>Catalogue {version}, publié le {published}</translation>
    </message>
    <message>
        <source>Catalog {version} is {days} days old: import a newer one</source>
        <translation>Le catalogue {version} date de {days} jours&#xa0;: importez-en un plus récent</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Read a barcode from a picture</source>
        <translation>Lire un code-barres sur une image</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Images ({patterns})</translation>
    </message>
    <message>
        <source>Cannot read the picture</source>
        <translation>Impossible de lire l’image</translation>
    </message>
    <message>
        <source>No barcode found</source>
        <translation>Aucun code-barres trouvé</translation>
    </message>
    <message>
        <source>No barcode was found in {file}. Try a sharper, closer photo.</source>
        <translation>Aucun code-barres n’a été trouvé dans {file}. Essayez une photo plus nette, prise de plus près.</translation>
    </message>
    <message>
        <source>Checked {code}; the picture also holds {others}</source>
        <translation>{code} vérifié&#xa0;; l’image contient aussi {others}</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gérant</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>employé</translation>
    </message>
    <message>
        <source>Needs a manager: sign in as a manager first (status bar: Sign in…)</source>
        <translation>Réservé à un gérant&#xa0;: connectez-vous d’abord comme gérant (barre d’état&#xa0;: Se connecter…)</translation>
    </message>
    <message>
        <source>Needs a manager: {clerk} is signed in as a {role}</source>
        <translation>Réservé à un gérant&#xa0;: {clerk} est connecté comme {role}</translation>
    </message>
    <message>
        <source>Signed in: {clerk}, {role}</source>
        <translation>Connecté&#xa0;: {clerk}, {role}</translation>
    </message>
    <message>
        <source>Sign in as someone else (File → Sign out to sign out)</source>
        <translation>Se connecter sous un autre nom (Fichier → Se déconnecter pour se déconnecter)</translation>
    </message>
    <message>
        <source>Open station: no sign-in</source>
        <translation>Poste ouvert&#xa0;: sans connexion</translation>
    </message>
    <message>
        <source>No clerks are set up: every function is open to everyone until a manager is created in File → Settings</source>
        <translation>Aucun employé n’est inscrit&#xa0;: toutes les fonctions sont ouvertes à tous tant qu’aucun gérant n’est créé dans Fichier → Paramètres</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in with your clerk id and PIN</source>
        <translation>Se connecter avec son identifiant et son NIP</translation>
    </message>
    <message>
        <source>Read barcode from i&amp;mage…</source>
        <translation>Lire un code-barres sur une i&amp;mage…</translation>
    </message>
    <message>
        <source>Sign i&amp;n…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Signed in: {clerk}</source>
        <translation>Connecté&#xa0;: {clerk}</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Recall Desk help</source>
        <translation>Aide de Recall Desk</translation>
    </message>
    <message>
        <source>still opening</source>
        <translation>ouverture en cours</translation>
    </message>
    <message>
        <source>About Recall Desk</source>
        <translation>À propos de Recall Desk</translation>
    </message>
    <message>
        <source>Recall Desk {version}
Catalog {catalog}, published {published}
Database: {database}</source>
        <translation>Recall Desk {version}
Catalogue {catalog}, publié le {published}
Base de données&#xa0;: {database}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>affected</source>
        <translation>concerné</translation>
    </message>
    <message>
        <source>check with the manufacturer</source>
        <translation>à vérifier auprès du fabricant</translation>
    </message>
    <message>
        <source>serial needed</source>
        <translation>numéro de série requis</translation>
    </message>
    <message>
        <source>question to answer</source>
        <translation>question en attente</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>non concerné</translation>
    </message>
    <message>
        <source>no recall on file</source>
        <translation>aucun rappel au catalogue</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Model label</source>
        <translation>Étiquette du modèle</translation>
    </message>
    <message>
        <source>Serial label</source>
        <translation>Étiquette du numéro de série</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Arrière</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Dessus</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dessous</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Inside the lid</source>
        <translation>Sous le couvercle</translation>
    </message>
    <message>
        <source>Inside the case</source>
        <translation>Dans l’étui</translation>
    </message>
    <message>
        <source>{picture}. Click or press Enter to zoom.</source>
        <translation>{picture}. Cliquez ou appuyez sur Entrée pour agrandir.</translation>
    </message>
    <message>
        <source>{picture}.</source>
        <translation>{picture}.</translation>
    </message>
    <message>
        <source>Picture views</source>
        <translation>Vues de l’appareil</translation>
    </message>
    <message>
        <source>The views of the device: pick one to see it</source>
        <translation>Les vues de l’appareil&#xa0;: choisissez-en une pour la voir</translation>
    </message>
    <message>
        <source>Device picture</source>
        <translation>Image de l’appareil</translation>
    </message>
    <message>
        <source>Shows where the model and serial labels are. Click or press Enter to zoom.</source>
        <translation>Montre où sont les étiquettes du modèle et du numéro de série. Cliquez ou appuyez sur Entrée pour agrandir.</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>The product the check found, and what it needs</source>
        <translation>Le produit trouvé par la vérification, et ce qu’il faut encore</translation>
    </message>
    <message>
        <source>Serial number as printed</source>
        <translation>Numéro de série tel qu’imprimé</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Type or scan the serial number as printed on the label, then press Enter</source>
        <translation>Tapez ou scannez le numéro de série tel qu’il est imprimé sur l’étiquette, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empties the serial number</source>
        <translation>Vide le numéro de série</translation>
    </message>
    <message>
        <source>Check serial</source>
        <translation>Vérifier le n° de série</translation>
    </message>
    <message>
        <source>Check this serial number</source>
        <translation>Vérifier ce numéro de série</translation>
    </message>
    <message>
        <source>Checks the serial number typed</source>
        <translation>Vérifie le numéro de série tapé</translation>
    </message>
    <message>
        <source>Serial length</source>
        <translation>Longueur du numéro de série</translation>
    </message>
    <message>
        <source>Characters typed so far</source>
        <translation>Caractères tapés jusqu’ici</translation>
    </message>
    <message>
        <source>Serial feedback</source>
        <translation>Remarques sur le numéro de série</translation>
    </message>
    <message>
        <source>What looks wrong in the serial typed</source>
        <translation>Ce qui semble faux dans le numéro de série tapé</translation>
    </message>
    <message>
        <source>No serial number printed</source>
        <translation>Aucun numéro de série imprimé</translation>
    </message>
    <message>
        <source>No serial number printed on the unit</source>
        <translation>Aucun numéro de série imprimé sur l’appareil</translation>
    </message>
    <message>
        <source>Check this when the unit has no serial number on it</source>
        <translation>Cochez si l’appareil ne porte aucun numéro de série</translation>
    </message>
    <message>
        <source>{brand} {product}  ·  model {model}</source>
        <translation>{brand} {product}  ·  modèle {model}</translation>
    </message>
    <message>
        <source>Model label: {where}</source>
        <translation>Étiquette du modèle&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Serial number label: {where}</source>
        <translation>Étiquette du numéro de série&#xa0;: {where}</translation>
    </message>
    <message>
        <source>{label} label: {where}</source>
        <translation>Étiquette «&#xa0;{label}&#xa0;»&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Enter the serial number as printed.</source>
        <translation>Entrez le numéro de série tel qu’il est imprimé.</translation>
    </message>
    <message>
        <source>Enter the {label} as printed.</source>
        <translation>Entrez le «&#xa0;{label}&#xa0;» tel qu’il est imprimé.</translation>
    </message>
    <message>
        <source> — reads “{text}”</source>
        <translation> — on y lit «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Question: {question}</source>
        <translation>Question&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Choose the answer below.</source>
        <translation>Choisissez la réponse ci-dessous.</translation>
    </message>
    <message>
        <source>Answer to the question: {question}</source>
        <translation>Réponse à la question&#xa0;: {question}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>unknown receipt printer profile {name} (known: {names}, …)</source>
        <translation>profil d’imprimante de reçus inconnu&#xa0;: {name} (connus&#xa0;: {names}, …)</translation>
    </message>
    <message>
        <source>no {kind} receipt printer is set: choose one in File → Settings</source>
        <translation>aucune imprimante de reçus ({kind}) n’est indiquée&#xa0;: choisissez-en une dans Fichier → Paramètres</translation>
    </message>
    <message>
        <source>{target} is not host or host:port</source>
        <translation>{target} n’est pas de la forme hôte ou hôte:port</translation>
    </message>
    <message>
        <source>{target} is not a USB vendor:product id such as 04b8:0202</source>
        <translation>{target} n’est pas un identifiant USB fabricant:produit comme 04b8:0202</translation>
    </message>
    <message>
        <source>{target} is not a serial device such as /dev/ttyUSB0@9600</source>
        <translation>{target} n’est pas un port série comme /dev/ttyUSB0@9600</translation>
    </message>
    <message>
        <source>unknown receipt printer kind {kind} (one of {kinds})</source>
        <translation>type d’imprimante de reçus inconnu&#xa0;: {kind} (valeurs possibles&#xa0;: {kinds})</translation>
    </message>
    <message>
        <source>a receipt printer takes 80mm or 58mm paper</source>
        <translation>une imprimante de reçus prend du papier de 80 mm ou de 58 mm</translation>
    </message>
    <message>
        <source>the receipt printer failed: {reason}</source>
        <translation>l’imprimante de reçus a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>{agency} (no number)</source>
        <translation>{agency} (sans numéro)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>SerialFeedback</name>
    <message numerus="yes">
        <source>{count} characters</source>
        <translation>
            <numerusform>{count} caractère</numerusform>
            <numerusform>{count} caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>This serial number {problem}.</source>
        <translation>Ce numéro de série&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>This {label} {problem}.</source>
        <translation>Ce «&#xa0;{label}&#xa0;»&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Station &amp;name (printed on slips, kept in the log):</source>
        <translation>&amp;Nom du poste (imprimé sur les fiches, noté au journal)&#xa0;:</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;pparence&#xa0;:</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>&amp;Nom du magasin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Slip &amp;paper:</source>
        <translation>&amp;Papier des fiches&#xa0;:</translation>
    </message>
    <message>
        <source>Slip &amp;language:</source>
        <translation>&amp;Langue des fiches&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;over after idle:</source>
        <translation>Recommencer après &amp;inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s exit PIN:</source>
        <translation>NIP de sortie du &amp;gérant&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xit PIN again:</source>
        <translation>NIP de sortie (con&amp;firmation)&#xa0;:</translation>
    </message>
    <message>
        <source>The station&apos;s name, the interface&apos;s language and appearance</source>
        <translation>Le nom du poste, la langue et l’apparence de l’interface</translation>
    </message>
    <message>
        <source>The store&apos;s name, address and phone, and the slips&apos; paper and language</source>
        <translation>Le nom, l’adresse et le téléphone du magasin, le papier et la langue des fiches</translation>
    </message>
    <message>
        <source>The ESC/POS receipt printer and how it is connected</source>
        <translation>L’imprimante de reçus ESC/POS et son branchement</translation>
    </message>
    <message>
        <source>Whether the counter&apos;s scanner types the codes right</source>
        <translation>Si le lecteur du comptoir tape les codes correctement</translation>
    </message>
    <message>
        <source>The customers&apos; self-service kiosk</source>
        <translation>La borne libre-service des clients</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Comptoir</translation>
    </message>
    <message>
        <source>Store and slips</source>
        <translation>Magasin et fiches</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de reçus</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Test du lecteur</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Borne</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>The counter, the store, the printer, the scanner, the kiosk</source>
        <translation>Le comptoir, le magasin, l’imprimante, le lecteur, la borne</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>This counter&apos;s name, printed on slips and kept in the log</source>
        <translation>Le nom de ce comptoir, imprimé sur les fiches et noté au journal</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of the window; it changes when you save</source>
        <translation>La langue de la fenêtre&#xa0;; elle change à l’enregistrement</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark colours, or the system&apos;s</source>
        <translation>Couleurs claires ou sombres, ou celles du système</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nom du magasin</translation>
    </message>
    <message>
        <source>Printed at the top of every slip</source>
        <translation>Imprimé en haut de chaque fiche</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Adresse du magasin</translation>
    </message>
    <message>
        <source>Up to four lines, printed on every slip</source>
        <translation>Jusqu’à quatre lignes, imprimées sur chaque fiche</translation>
    </message>
    <message>
        <source>Store phone</source>
        <translation>Téléphone du magasin</translation>
    </message>
    <message>
        <source>Printed on every slip</source>
        <translation>Imprimé sur chaque fiche</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Reçu de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt</source>
        <translation>Reçu de 58 mm</translation>
    </message>
    <message>
        <source>Default slip paper</source>
        <translation>Papier des fiches par défaut</translation>
    </message>
    <message>
        <source>The paper a slip is made on unless the clerk picks another</source>
        <translation>Le papier d’une fiche, sauf si l’employé en choisit un autre</translation>
    </message>
    <message>
        <source>Default slip language</source>
        <translation>Langue des fiches par défaut</translation>
    </message>
    <message>
        <source>The customer&apos;s slip is in this language unless the clerk picks another</source>
        <translation>La fiche du client est dans cette langue, sauf si l’employé en choisit une autre</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Network (raw port 9100)</source>
        <translation>Réseau (port brut 9100)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Port série</translation>
    </message>
    <message>
        <source>File or device file</source>
        <translation>Fichier ou fichier de périphérique</translation>
    </message>
    <message>
        <source>Receipt printer connection</source>
        <translation>Branchement de l’imprimante de reçus</translation>
    </message>
    <message>
        <source>How the receipt printer is connected</source>
        <translation>Comment l’imprimante de reçus est branchée</translation>
    </message>
    <message>
        <source>Receipt printer address</source>
        <translation>Adresse de l’imprimante de reçus</translation>
    </message>
    <message>
        <source>Where the receipt printer is, as its connection needs</source>
        <translation>Où se trouve l’imprimante de reçus, selon son branchement</translation>
    </message>
    <message>
        <source>Receipt printer profile</source>
        <translation>Profil de l’imprimante de reçus</translation>
    </message>
    <message>
        <source>The printer&apos;s model in python-escpos&apos;s printer database</source>
        <translation>Le modèle de l’imprimante dans la base d’imprimantes de python-escpos</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Receipt printer paper</source>
        <translation>Papier de l’imprimante de reçus</translation>
    </message>
    <message>
        <source>The width of the receipt paper</source>
        <translation>La largeur du papier à reçus</translation>
    </message>
    <message>
        <source>Scan this code ({code}) with the counter&apos;s scanner:</source>
        <translation>Scannez ce code ({code}) avec le lecteur du comptoir&#xa0;:</translation>
    </message>
    <message>
        <source>Test barcode {code}</source>
        <translation>Code-barres de test {code}</translation>
    </message>
    <message>
        <source>A Code 128 barcode to scan with the counter&apos;s scanner</source>
        <translation>Un code-barres Code 128 à scanner avec le lecteur du comptoir</translation>
    </message>
    <message>
        <source>Click here, then scan the barcode above</source>
        <translation>Cliquez ici, puis scannez le code-barres ci-dessus</translation>
    </message>
    <message>
        <source>Scan the test barcode here</source>
        <translation>Scannez ici le code-barres de test</translation>
    </message>
    <message>
        <source>Says whether the scanner&apos;s keyboard layout garbles scans</source>
        <translation>Indique si la disposition de clavier du lecteur déforme les scans</translation>
    </message>
    <message>
        <source>Scanner test result</source>
        <translation>Résultat du test du lecteur</translation>
    </message>
    <message>
        <source>What the scan test found</source>
        <translation>Ce que le test du lecteur a trouvé</translation>
    </message>
    <message>
        <source>Start Recall Desk as the customers&apos; kiosk</source>
        <translation>Démarrer Recall Desk en borne libre-service pour les clients</translation>
    </message>
    <message>
        <source>Start as the customers&apos; kiosk</source>
        <translation>Démarrer en borne pour les clients</translation>
    </message>
    <message>
        <source>From the next start, this station is the customers&apos; self-service kiosk</source>
        <translation>Au prochain démarrage, ce poste devient la borne libre-service des clients</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Kiosk idle seconds before starting over</source>
        <translation>Secondes d’inactivité avant que la borne recommence</translation>
    </message>
    <message>
        <source>After this many seconds without a touch the kiosk forgets the customer</source>
        <translation>Après ce nombre de secondes sans contact, la borne oublie le client</translation>
    </message>
    <message>
        <source>set: leave empty to keep</source>
        <translation>défini&#xa0;: laisser vide pour le garder</translation>
    </message>
    <message>
        <source>not set: 4 or more digits</source>
        <translation>non défini&#xa0;: 4 chiffres ou plus</translation>
    </message>
    <message>
        <source>New kiosk exit PIN</source>
        <translation>Nouveau NIP de sortie de la borne</translation>
    </message>
    <message>
        <source>The PIN a manager types to leave the kiosk, digits only</source>
        <translation>Le NIP qu’un gérant tape pour quitter la borne, en chiffres seulement</translation>
    </message>
    <message>
        <source>Kiosk exit PIN again</source>
        <translation>NIP de sortie de la borne, à nouveau</translation>
    </message>
    <message>
        <source>The same PIN again, to be sure of it</source>
        <translation>Le même NIP une seconde fois, pour en être sûr</translation>
    </message>
    <message>
        <source>Kiosk PIN message</source>
        <translation>Message sur le NIP de la borne</translation>
    </message>
    <message>
        <source>What is wrong with the exit PIN</source>
        <translation>Ce qui ne va pas avec le NIP de sortie</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Keeps these settings and closes</source>
        <translation>Garde ces paramètres et ferme</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without changing anything</source>
        <translation>Ferme sans rien changer</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer (default)</source>
        <translation>Imprimante ESC/POS générique (par défaut)</translation>
    </message>
    <message>
        <source>host or host:port, e.g. {example}</source>
        <translation>hôte ou hôte:port, p. ex. {example}</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. {example}</source>
        <translation>fabricant:produit en hexadécimal, p. ex. {example}</translation>
    </message>
    <message>
        <source>device[@baud], e.g. {example}</source>
        <translation>périphérique[@bauds], p. ex. {example}</translation>
    </message>
    <message>
        <source>a path, e.g. {example}</source>
        <translation>un chemin, p. ex. {example}</translation>
    </message>
    <message>
        <source>The two exit PINs differ.</source>
        <translation>Les deux NIP de sortie diffèrent.</translation>
    </message>
    <message>
        <source>The exit PIN must be {min} to {max} digits (the kiosk&apos;s keypad has digits only).</source>
        <translation>Le NIP de sortie doit compter de {min} à {max} chiffres (le clavier de la borne n’a que des chiffres).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Clerk id:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Clerk id</source>
        <translation>Identifiant de l’employé</translation>
    </message>
    <message>
        <source>The id a manager gave you</source>
        <translation>L’identifiant qu’un gérant vous a donné</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;NIP&#xa0;:</translation>
    </message>
    <message>
        <source>leave empty if you have none</source>
        <translation>laissez vide si vous n’en avez pas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Your PIN; leave it empty if you have none</source>
        <translation>Votre NIP&#xa0;; laissez vide si vous n’en avez pas</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Why the sign-in was refused</source>
        <translation>Pourquoi la connexion a été refusée</translation>
    </message>
    <message>
        <source>Signs you in at this counter</source>
        <translation>Vous connecte à ce comptoir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes without signing in</source>
        <translation>Ferme sans se connecter</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Print slip</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Reçu de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt</source>
        <translation>Reçu de 58 mm</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apier&#xa0;:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The paper the slip is made for</source>
        <translation>Le papier pour lequel la fiche est mise en page</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Langue de la fiche</translation>
    </message>
    <message>
        <source>The customer&apos;s language: the slip is printed in it</source>
        <translation>La langue du client&#xa0;: la fiche est imprimée dans cette langue</translation>
    </message>
    <message>
        <source>Recall {recall} ({agency}): {outcome}</source>
        <translation>Rappel {recall} ({agency})&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Recall on the slip</source>
        <translation>Rappel sur la fiche</translation>
    </message>
    <message>
        <source>Several recalls name this model: the one the slip is about</source>
        <translation>Plusieurs rappels visent ce modèle&#xa0;: celui dont parle la fiche</translation>
    </message>
    <message>
        <source>Case {case}</source>
        <translation>Dossier {case}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>The case number printed on the slip</source>
        <translation>Le numéro de dossier imprimé sur la fiche</translation>
    </message>
    <message>
        <source>Slip preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>The slip as it will be printed</source>
        <translation>La fiche telle qu’elle sera imprimée</translation>
    </message>
    <message>
        <source>Slip status</source>
        <translation>État de la fiche</translation>
    </message>
    <message>
        <source>What was done with the slip</source>
        <translation>Ce qui a été fait de la fiche</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Prints the slip on a printer you choose</source>
        <translation>Imprime la fiche sur l’imprimante de votre choix</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saves the slip as a PDF file</source>
        <translation>Enregistre la fiche dans un fichier PDF</translation>
    </message>
    <message>
        <source>Send to &amp;receipt printer</source>
        <translation>Envoyer à l’imprimante de &amp;reçus</translation>
    </message>
    <message>
        <source>Send to receipt printer</source>
        <translation>Envoyer à l’imprimante de reçus</translation>
    </message>
    <message>
        <source>Prints the slip on the counter&apos;s receipt printer</source>
        <translation>Imprime la fiche sur l’imprimante de reçus du comptoir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the slip preview</source>
        <translation>Ferme l’aperçu de la fiche</translation>
    </message>
    <message>
        <source>Set up a receipt printer in File → Settings</source>
        <translation>Configurez une imprimante de reçus dans Fichier → Paramètres</translation>
    </message>
    <message>
        <source>The slip could not be drawn: {reason}</source>
        <translation>La fiche n’a pas pu être dessinée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Non imprimée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Printed case {case} ({pages} pages).</source>
        <translation>
            <numerusform>Dossier {case} imprimé ({pages} page).</numerusform>
            <numerusform>Dossier {case} imprimé ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistrée&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} ({pages} pages).</source>
        <translation>
            <numerusform>{file} enregistré ({pages} page).</numerusform>
            <numerusform>{file} enregistré ({pages} pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer is set up: choose one in File → Settings.</source>
        <translation>Aucune imprimante de reçus n’est configurée&#xa0;: choisissez-en une dans Fichier → Paramètres.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>Non envoyée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Sent case {case} to the receipt printer ({profile}).</source>
        <translation>Dossier {case} envoyé à l’imprimante de reçus ({profile}).</translation>
    </message>
    <message>
        <source>Sent case {case} to the receipt printer ({profile}, printer&apos;s own {codes}).</source>
        <translation>Dossier {case} envoyé à l’imprimante de reçus ({profile}, {codes} tracés par l’imprimante).</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF files ({patterns})</source>
        <translation>Fichiers PDF ({patterns})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>SlipRender</name>
    <message>
        <source>the printer could not start a new page</source>
        <translation>l’imprimante n’a pas pu commencer une nouvelle page</translation>
    </message>
    <message>
        <source>cannot start drawing on the PDF or printer</source>
        <translation>impossible de commencer à dessiner sur le PDF ou l’imprimante</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d’écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}</source>
        <translation>impossible d’écrire dans le dossier {folder}</translation>
    </message>
    <message>
        <source>cannot overwrite {path}</source>
        <translation>impossible de remplacer {path}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>READY TO CHECK</source>
        <translation>PRÊT À VÉRIFIER</translation>
    </message>
    <message>
        <source>NOTHING TO CHECK</source>
        <translation>RIEN À VÉRIFIER</translation>
    </message>
    <message>
        <source>NO RECALL ON FILE as of {date}</source>
        <translation>AUCUN RAPPEL AU CATALOGUE au {date}</translation>
    </message>
    <message>
        <source>AFFECTED: stop using this device</source>
        <translation>CONCERNÉ&#xa0;: n’utilisez plus cet appareil</translation>
    </message>
    <message>
        <source>CHECK WITH THE MANUFACTURER: stop using it until they confirm</source>
        <translation>À VÉRIFIER AUPRÈS DU FABRICANT&#xa0;: n’utilisez plus l’appareil d’ici sa réponse</translation>
    </message>
    <message>
        <source>SERIAL NEEDED</source>
        <translation>NUMÉRO DE SÉRIE REQUIS</translation>
    </message>
    <message>
        <source>ONE MORE QUESTION</source>
        <translation>ENCORE UNE QUESTION</translation>
    </message>
    <message>
        <source>NOT AFFECTED</source>
        <translation>NON CONCERNÉ</translation>
    </message>
    <message>
        <source>Catalog {version}, published {published}</source>
        <translation>Catalogue {version}, publié le {published}</translation>
    </message>
    <message>
        <source>{agency} (no recall number published)</source>
        <translation>{agency} (aucun numéro de rappel publié)</translation>
    </message>
    <message>
        <source>{recall}, {date}: {outcome}</source>
        <translation>{recall}, du {date}&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC or serial; or words of the product name.</source>
        <translation>Scannez ou tapez un numéro de modèle, un CUP ou un numéro de série, ou des mots du nom du produit.</translation>
    </message>
    <message>
        <source>Opening the recall catalog…</source>
        <translation>Ouverture du catalogue des rappels…</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>Stop sign</source>
        <translation>Panneau d’arrêt</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>Triangle d’avertissement</translation>
    </message>
    <message>
        <source>Question mark</source>
        <translation>Point d’interrogation</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Information sign</source>
        <translation>Symbole d’information</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Symbole du verdict</translation>
    </message>
</context>
<context>
    <name>ZoomDialog</name>
    <message>
        <source>Zoomed picture</source>
        <translation>Image agrandie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the zoomed picture</source>
        <translation>Ferme l’image agrandie</translation>
    </message>
</context>
</TS>
