<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Replace</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Réparation</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Carte-cadeau</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Avoir en magasin</translation>
    </message>
    <message>
        <source>from the bundled catalog</source>
        <translation>tiré du catalogue fourni</translation>
    </message>
    <message>
        <source>imported from CPSC</source>
        <translation>importé de la CPSC</translation>
    </message>
    <message>
        <source>imported from Health Canada</source>
        <translation>importé de Santé Canada</translation>
    </message>
    <message>
        <source>added here</source>
        <translation>ajouté ici</translation>
    </message>
    <message>
        <source>from a catalog file</source>
        <translation>tiré d’un fichier de catalogue</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Modifier le catalogue</translation>
    </message>
    <message>
        <source>The catalog&apos;s recalls on the left; the chosen recall&apos;s details, products and pictures.</source>
        <translation>Les rappels du catalogue à gauche&#xa0;; à droite, le détail, les produits et les images du rappel choisi.</translation>
    </message>
    <message>
        <source>Search the recalls</source>
        <translation>Rechercher dans les rappels</translation>
    </message>
    <message>
        <source>Shows only the recalls with these words in any column.</source>
        <translation>N’affiche que les rappels qui contiennent ces mots dans une colonne.</translation>
    </message>
    <message>
        <source>Search: recall number, brand, model, title…</source>
        <translation>Rechercher&#xa0;: rappel, marque, modèle, titre…</translation>
    </message>
    <message>
        <source>Recalls in the catalog</source>
        <translation>Rappels du catalogue</translation>
    </message>
    <message>
        <source>Choose a recall to edit it on the right.</source>
        <translation>Choisissez un rappel pour le modifier à droite.</translation>
    </message>
    <message>
        <source>Recalls shown</source>
        <translation>Rappels affichés</translation>
    </message>
    <message>
        <source>&amp;New recall</source>
        <translation>&amp;Nouveau rappel</translation>
    </message>
    <message>
        <source>Add a new recall</source>
        <translation>Ajouter un nouveau rappel</translation>
    </message>
    <message>
        <source>Starts an empty recall with one product.</source>
        <translation>Commence un rappel vide avec un produit.</translation>
    </message>
    <message>
        <source>Recall being edited</source>
        <translation>Rappel en cours de modification</translation>
    </message>
    <message>
        <source>Where the recall comes from</source>
        <translation>Provenance du rappel</translation>
    </message>
    <message>
        <source>Recall sections</source>
        <translation>Sections du rappel</translation>
    </message>
    <message>
        <source>The recall, its remedy and contact, and its products.</source>
        <translation>Le rappel, son recours et ses coordonnées, et ses produits.</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Rappel</translation>
    </message>
    <message>
        <source>Remedy &amp;&amp; &amp;contact</source>
        <translation>Recours &amp;&amp; &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <source>Editor message</source>
        <translation>Message de l’éditeur</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the recall</source>
        <translation>Enregistrer le rappel</translation>
    </message>
    <message>
        <source>Checks the recall as a catalog file is checked, then stores it as edited here.</source>
        <translation>Vérifie le rappel comme un fichier de catalogue, puis l’enregistre comme modifié ici.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Undo the changes not saved</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Shows the recall as it is stored.</source>
        <translation>Affiche le rappel tel qu’il est enregistré.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Fermer l’éditeur</translation>
    </message>
    <message>
        <source>Closes the editor, asking first when changes are not saved.</source>
        <translation>Ferme l’éditeur, en demandant d’abord s’il reste des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Recall key</source>
        <translation>Clé du rappel</translation>
    </message>
    <message>
        <source>The recall&apos;s key in the catalog; it cannot be changed once saved.</source>
        <translation>La clé du rappel dans le catalogue&#xa0;; elle ne peut plus changer une fois enregistrée.</translation>
    </message>
    <message>
        <source>made from the agency and number when left empty</source>
        <translation>formée de l’organisme et du numéro si elle reste vide</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Who published the recall.</source>
        <translation>Qui a publié le rappel.</translation>
    </message>
    <message>
        <source>e.g. CPSC, Health Canada, or the maker</source>
        <translation>p. ex. CPSC, Santé Canada ou le fabricant</translation>
    </message>
    <message>
        <source>Recall number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>The recall&apos;s number, as the agency writes it.</source>
        <translation>Le numéro du rappel, tel que l’organisme l’écrit.</translation>
    </message>
    <message>
        <source>as the agency writes it, e.g. 25-466</source>
        <translation>tel que l’organisme l’écrit, p. ex. 25-466</translation>
    </message>
    <message>
        <source>Recall date</source>
        <translation>Date du rappel</translation>
    </message>
    <message>
        <source>The date of the recall: year, month and day, or year and month, or year.</source>
        <translation>La date du rappel&#xa0;: année, mois et jour, ou année et mois, ou année.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-JJ, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The recall notice&apos;s title.</source>
        <translation>Le titre de l’avis de rappel.</translation>
    </message>
    <message>
        <source>the notice&apos;s title</source>
        <translation>le titre de l’avis</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>The hazard, as the notice describes it.</source>
        <translation>Le danger, tel que l’avis le décrit.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The incidents and injuries the notice reports.</source>
        <translation>Les incidents et blessures que signale l’avis.</translation>
    </message>
    <message>
        <source>Notice address (URL)</source>
        <translation>Adresse de l’avis (URL)</translation>
    </message>
    <message>
        <source>The web address of the recall notice.</source>
        <translation>L’adresse web de l’avis de rappel.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for the counter, one a line.</source>
        <translation>Notes pour le comptoir, une par ligne.</translation>
    </message>
    <message>
        <source>One note a line</source>
        <translation>Une note par ligne</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hazard:</source>
        <translation>D&amp;anger&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidents&#xa0;:</translation>
    </message>
    <message>
        <source>Notice &amp;URL:</source>
        <translation>&amp;URL de l’avis&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Sources, units sold and where it was sold are kept as they are.</source>
        <translation>Les sources, les unités vendues et les lieux de vente sont conservés tels quels.</translation>
    </message>
    <message>
        <source>Remedy: {kind}</source>
        <translation>Recours&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>Ticked when the notice offers this remedy.</source>
        <translation>Coché quand l’avis propose ce recours.</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>What the notice tells the owner to do, in its words.</source>
        <translation>Ce que l’avis demande au propriétaire de faire, dans ses mots.</translation>
    </message>
    <message>
        <source>What the owner should do</source>
        <translation>Ce que le propriétaire doit faire</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>What the owner gets in exchange, as the notice says it.</source>
        <translation>Ce que le propriétaire reçoit en échange, tel que l’avis le dit.</translation>
    </message>
    <message>
        <source>what the owner gets, e.g. a free replacement</source>
        <translation>ce que reçoit le propriétaire, p. ex. un remplacement gratuit</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Élimination</translation>
    </message>
    <message>
        <source>How to dispose of the recalled unit, as the notice says it.</source>
        <translation>Comment se débarrasser de l’appareil rappelé, tel que l’avis le dit.</translation>
    </message>
    <message>
        <source>How to dispose of the recalled unit</source>
        <translation>Comment se débarrasser de l’appareil rappelé</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Téléphone à joindre</translation>
    </message>
    <message>
        <source>The phone number the notice gives for claims.</source>
        <translation>Le numéro de téléphone que l’avis donne pour les réclamations.</translation>
    </message>
    <message>
        <source>Phone hours</source>
        <translation>Heures d’ouverture du téléphone</translation>
    </message>
    <message>
        <source>When that phone line answers.</source>
        <translation>Quand cette ligne répond.</translation>
    </message>
    <message>
        <source>e.g. 9 a.m. to 5 p.m. PT, Monday through Friday</source>
        <translation>p. ex. de 9 h à 17 h (HP), du lundi au vendredi</translation>
    </message>
    <message>
        <source>Contact emails</source>
        <translation>Courriels à joindre</translation>
    </message>
    <message>
        <source>The email addresses the notice gives, separated by commas.</source>
        <translation>Les adresses courriel que donne l’avis, séparées par des virgules.</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Objet du courriel</translation>
    </message>
    <message>
        <source>What the notice asks to write in the subject line.</source>
        <translation>Ce que l’avis demande d’écrire dans l’objet.</translation>
    </message>
    <message>
        <source>what to write in the subject line</source>
        <translation>ce qu’il faut écrire dans l’objet</translation>
    </message>
    <message>
        <source>Claim address (URL)</source>
        <translation>Adresse de réclamation (URL)</translation>
    </message>
    <message>
        <source>The web page where the owner makes a claim.</source>
        <translation>La page web où le propriétaire fait sa réclamation.</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Recours&#xa0;:</translation>
    </message>
    <message>
        <source>Remedy te&amp;xt:</source>
        <translation>Te&amp;xte du recours&#xa0;:</translation>
    </message>
    <message>
        <source>Rep&amp;lacement:</source>
        <translation>Rem&amp;placement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Disposal:</source>
        <translation>É&amp;limination&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Télé&amp;phone&#xa0;:</translation>
    </message>
    <message>
        <source>Phone h&amp;ours:</source>
        <translation>&amp;Heures du téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>Co&amp;urriels&#xa0;:</translation>
    </message>
    <message>
        <source>Email su&amp;bject:</source>
        <translation>O&amp;bjet du courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Claim &amp;URL:</source>
        <translation>&amp;URL de réclamation&#xa0;:</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Pr&amp;oduit&#xa0;:</translation>
    </message>
    <message>
        <source>Product of this recall</source>
        <translation>Produit de ce rappel</translation>
    </message>
    <message>
        <source>The product whose details are shown below.</source>
        <translation>Le produit dont le détail est affiché ci-dessous.</translation>
    </message>
    <message>
        <source>Add pro&amp;duct</source>
        <translation>Ajouter un pro&amp;duit</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <source>Adds an empty product to this recall.</source>
        <translation>Ajoute un produit vide à ce rappel.</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Retirer le produit</translation>
    </message>
    <message>
        <source>Remove the selected product</source>
        <translation>Retirer le produit choisi</translation>
    </message>
    <message>
        <source>Removes the product shown from this recall.</source>
        <translation>Retire de ce rappel le produit affiché.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {count} recall(s)</source>
        <translation>
            <numerusform>{shown} sur {count} rappel</numerusform>
            <numerusform>{shown} sur {count} rappels</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>the new recall</source>
        <translation>le nouveau rappel</translation>
    </message>
    <message>
        <source>The changes to {recall} are not saved. Discard them?</source>
        <translation>Les modifications de {recall} ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>The recall is shown again as it is stored.</source>
        <translation>Le rappel est réaffiché tel qu’il est enregistré.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Goes back to the changes, which are kept.</source>
        <translation>Revient aux modifications, qui sont conservées.</translation>
    </message>
    <message>
        <source>{recall} is no longer in the catalog.</source>
        <translation>{recall} n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · non enregistré</translation>
    </message>
    <message>
        <source>Choose a recall to edit, or add a new one.</source>
        <translation>Choisissez un rappel à modifier, ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>New recall</source>
        <translation>Nouveau rappel</translation>
    </message>
    <message>
        <source>Added here when saved{unsaved}</source>
        <translation>Ajouté ici à l’enregistrement{unsaved}</translation>
    </message>
    <message>
        <source>; edited here, so imports keep this version</source>
        <translation>&#xa0;; modifié ici, les importations gardent donc cette version</translation>
    </message>
    <message>
        <source>{agency}, no number</source>
        <translation>{agency}, sans numéro</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{recall} · {key} · {origin}{edited}{unsaved}</source>
        <translation>{recall} · {key} · {origin}{edited}{unsaved}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistré&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Not saved: a recall with the key {key} is already in the catalog.</source>
        <translation>Non enregistré&#xa0;: un rappel de clé {key} est déjà dans le catalogue.</translation>
    </message>
    <message>
        <source>Not saved: the catalog could not be written: {problem}</source>
        <translation>Non enregistré&#xa0;: impossible d’écrire dans le catalogue&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Saved {key}. Imports will keep this version.</source>
        <translation>{key} enregistré. Les importations garderont cette version.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Type the model number as printed on the label.</source>
        <translation>Tapez le numéro de modèle tel qu’il est imprimé sur l’étiquette.</translation>
    </message>
    <message>
        <source>{code} is not a UPC/EAN/GTIN with a valid check digit.</source>
        <translation>{code} n’est pas un UPC/EAN/GTIN avec un chiffre de contrôle valide.</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}.</source>
        <translation>Ce n’est pas du JSON&#xa0;: {problem} à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>A serial rule is a JSON object, such as {example}.</source>
        <translation>Une règle de série est un objet JSON, comme {example}.</translation>
    </message>
    <message>
        <source>This kind of finding has nothing to correct: confirm or reject it.</source>
        <translation>Ce genre de résultat n’a rien à corriger&#xa0;: confirmez-le ou rejetez-le.</translation>
    </message>
    <message>
        <source>Correct the model number</source>
        <translation>Corriger le numéro de modèle</translation>
    </message>
    <message>
        <source>Correct the serial rule</source>
        <translation>Corriger la règle de série</translation>
    </message>
    <message>
        <source>Correct the UPC</source>
        <translation>Corriger l’UPC</translation>
    </message>
    <message>
        <source>Correct the finding</source>
        <translation>Corriger le résultat</translation>
    </message>
    <message>
        <source>Type the value as it should be; it is confirmed into the catalog as corrected.</source>
        <translation>Tapez la valeur telle qu’elle doit être&#xa0;; elle entre au catalogue corrigée.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{recall}&lt;/b&gt;, {product}&lt;br&gt;The notice says: &lt;i&gt;{sentence}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{recall}&lt;/b&gt;, {product}&lt;br&gt;L’avis indique&#xa0;: &lt;i&gt;{sentence}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Serial &amp;rule (JSON):</source>
        <translation>&amp;Règle de série (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model number:</source>
        <translation>Numéro de &amp;modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;UPC:</source>
        <translation>&amp;UPC&#xa0;:</translation>
    </message>
    <message>
        <source>Corrected model number</source>
        <translation>Numéro de modèle corrigé</translation>
    </message>
    <message>
        <source>Corrected serial rule</source>
        <translation>Règle de série corrigée</translation>
    </message>
    <message>
        <source>Corrected UPC</source>
        <translation>UPC corrigé</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valeur corrigée</translation>
    </message>
    <message>
        <source>The serial rule as JSON, checked as you type.</source>
        <translation>La règle de série en JSON, vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>As printed on the label, checked as you type.</source>
        <translation>Tel qu’imprimé sur l’étiquette, vérifié pendant la saisie.</translation>
    </message>
    <message>
        <source>Check of the corrected value</source>
        <translation>Vérification de la valeur corrigée</translation>
    </message>
    <message>
        <source>Con&amp;firm corrected</source>
        <translation>Con&amp;firmer corrigé</translation>
    </message>
    <message>
        <source>Confirm the corrected value</source>
        <translation>Confirmer la valeur corrigée</translation>
    </message>
    <message>
        <source>Puts the corrected value into the catalog.</source>
        <translation>Ajoute la valeur corrigée au catalogue.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes this window; the finding stays pending.</source>
        <translation>Ferme cette fenêtre&#xa0;; le résultat reste en attente.</translation>
    </message>
    <message>
        <source>Reads correctly.</source>
        <translation>Lecture correcte.</translation>
    </message>
</context>
<context>
    <name>HotspotCanvas</name>
    <message>
        <source>Picture to mark</source>
        <translation>Image à annoter</translation>
    </message>
    <message>
        <source>Drag a box over a label to mark it; click a box to select it.</source>
        <translation>Tracez un cadre sur une étiquette pour la repérer&#xa0;; cliquez sur un cadre pour le sélectionner.</translation>
    </message>
    <message>
        <source>{file} cannot be shown</source>
        <translation>{file} ne peut pas être affiché</translation>
    </message>
    <message>
        <source>{file} cannot be shown (missing or not a picture)</source>
        <translation>{file} ne peut pas être affiché (absent ou ce n’est pas une image)</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>HotspotEditor</name>
    <message>
        <source>Marked boxes</source>
        <translation>Cadres tracés</translation>
    </message>
    <message>
        <source>The boxes marked on this picture: what each marks, its text.</source>
        <translation>Les cadres tracés sur cette image&#xa0;: ce que chacun repère, et son texte.</translation>
    </message>
    <message>
        <source>What the box marks</source>
        <translation>Ce que repère le cadre</translation>
    </message>
    <message>
        <source>The model label, the serial label or another label.</source>
        <translation>L’étiquette du modèle, l’étiquette du numéro de série ou une autre étiquette.</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Repère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Text on the label (optional)</source>
        <translation>Texte de l’étiquette (facultatif)</translation>
    </message>
    <message>
        <source>The label&apos;s words as printed, shown to the clerk.</source>
        <translation>Les mots de l’étiquette tels qu’imprimés, montrés au commis.</translation>
    </message>
    <message>
        <source>As printed, e.g. Model: A1647 (optional)</source>
        <translation>Tel qu’imprimé, p. ex. Model: A1647 (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Gauche&#xa0;:</translation>
    </message>
    <message>
        <source>Box left edge</source>
        <translation>Bord gauche du cadre</translation>
    </message>
    <message>
        <source>From the picture&apos;s left edge, in percent.</source>
        <translation>Depuis le bord gauche de l’image, en pour cent.</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Haut&#xa0;:</translation>
    </message>
    <message>
        <source>Box top edge</source>
        <translation>Bord supérieur du cadre</translation>
    </message>
    <message>
        <source>From the picture&apos;s top edge, in percent.</source>
        <translation>Depuis le bord supérieur de l’image, en pour cent.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>Box width</source>
        <translation>Largeur du cadre</translation>
    </message>
    <message>
        <source>Of the picture&apos;s width, in percent.</source>
        <translation>De la largeur de l’image, en pour cent.</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Box height</source>
        <translation>Hauteur du cadre</translation>
    </message>
    <message>
        <source>Of the picture&apos;s height, in percent.</source>
        <translation>De la hauteur de l’image, en pour cent.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Add &amp;box</source>
        <translation>Ajouter un &amp;cadre</translation>
    </message>
    <message>
        <source>Add a box in the middle of the picture</source>
        <translation>Ajouter un cadre au milieu de l’image</translation>
    </message>
    <message>
        <source>Then place and size it with the position fields.</source>
        <translation>Placez-le et dimensionnez-le ensuite avec les champs de position.</translation>
    </message>
    <message>
        <source>Remove bo&amp;x</source>
        <translation>&amp;Supprimer le cadre</translation>
    </message>
    <message>
        <source>Remove the selected box</source>
        <translation>Supprimer le cadre sélectionné</translation>
    </message>
    <message>
        <source>The label it marked is no longer shown.</source>
        <translation>L’étiquette qu’il repérait n’est plus indiquée.</translation>
    </message>
    <message>
        <source>How to mark a label</source>
        <translation>Comment repérer une étiquette</translation>
    </message>
    <message>
        <source>Add a photo or choose a picture to mark its labels.</source>
        <translation>Ajoutez une photo ou choisissez une image pour repérer ses étiquettes.</translation>
    </message>
    <message>
        <source>The picture “{view}” cannot be shown (its file is missing or not a picture); its boxes are listed but cannot be drawn.</source>
        <translation>L’image «&#xa0;{view}&#xa0;» ne peut pas être affichée (son fichier est absent ou n’est pas une image)&#xa0;; ses cadres sont listés mais ne peuvent pas être tracés.</translation>
    </message>
    <message>
        <source>Drag over a label on the picture to mark it; choose what it marks.</source>
        <translation>Tracez un cadre sur une étiquette de l’image pour la repérer&#xa0;; choisissez ce qu’il repère.</translation>
    </message>
</context>
<context>
    <name>HotspotModel</name>
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
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>left {x}, top {y}, {w} wide, {h} high</source>
        <translation>à {x} de la gauche, à {y} du haut, {w} de large, {h} de haut</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>{kind}: {text}; {box}</source>
        <translation>{kind}&#xa0;: {text}&#xa0;; {box}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(aucun texte)</translation>
    </message>
</context>
<context>
    <name>ImportCancelledBox</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Ferme ce message.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importation annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file}: the import failed, nothing was changed: {problem}</source>
        <translation>{file}&#xa0;: l’importation a échoué, rien n’a été modifié&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Import recall data</source>
        <translation>Importer des données de rappel</translation>
    </message>
    <message>
        <source>Choose a recall file and import it into the catalog, with a summary at the end.</source>
        <translation>Choisissez un fichier de rappels et importez-le dans le catalogue, avec un résumé à la fin.</translation>
    </message>
    <message>
        <source>Import a file of recalls as the agency publishes it: the CPSC Recalls API&apos;s JSON, or Health Canada&apos;s open data (JSON or CSV). Recalls you edited are kept as you left them; model numbers and serial rules read from the notices&apos; wording wait in the review list.</source>
        <translation>Importez un fichier de rappels tel que l’organisme le publie&#xa0;: le JSON de l’API des rappels de la CPSC, ou les données ouvertes de Santé Canada (JSON ou CSV). Les rappels que vous avez modifiés restent tels que vous les avez laissés&#xa0;; les numéros de modèle et les règles de série tirés du texte des avis attendent dans la liste à vérifier.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>The recall file: CPSC or Health Canada JSON or CSV, or a head-office bundle.</source>
        <translation>Le fichier de rappels&#xa0;: JSON ou CSV de la CPSC ou de Santé Canada, ou un paquet du siège social.</translation>
    </message>
    <message>
        <source>Choose a .json or .csv file, or a head-office .rdbundle</source>
        <translation>Choisissez un fichier .json ou .csv, ou un .rdbundle du siège social</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the recall file.</source>
        <translation>Ouvre une fenêtre pour choisir le fichier de rappels.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Détecter d’après le fichier</translation>
    </message>
    <message>
        <source>CPSC Recalls API (JSON)</source>
        <translation>API des rappels de la CPSC (JSON)</translation>
    </message>
    <message>
        <source>Health Canada open data (JSON or CSV)</source>
        <translation>Données ouvertes de Santé Canada (JSON ou CSV)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>How to read the file; “Detect from the file” tells the formats apart by their content.</source>
        <translation>Comment lire le fichier&#xa0;; «&#xa0;Détecter d’après le fichier&#xa0;» reconnaît le format à son contenu.</translation>
    </message>
    <message>
        <source>Skip bad records</source>
        <translation>Ignorer les enregistrements illisibles</translation>
    </message>
    <message>
        <source>&amp;Skip bad records and import the others</source>
        <translation>&amp;Ignorer les enregistrements illisibles et importer les autres</translation>
    </message>
    <message>
        <source>The summary lists what was skipped. Without this, a file with any record that cannot be read is refused whole, naming each.</source>
        <translation>Le résumé liste ce qui a été ignoré. Sans cette option, un fichier dont un enregistrement est illisible est refusé en entier, avec le détail de chacun.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importer le fichier</translation>
    </message>
    <message>
        <source>Imports the chosen file into the catalog; it can be cancelled while it runs.</source>
        <translation>Importe le fichier choisi dans le catalogue&#xa0;; l’importation peut être annulée en cours de route.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>Importing recall data</source>
        <translation>Importation des données de rappel</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <source>How far the import has gone.</source>
        <translation>Où en est l’importation.</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Enregistrements importés</translation>
    </message>
    <message>
        <source>Records applied so far, of all the records in the file.</source>
        <translation>Enregistrements appliqués jusqu’ici, sur tous ceux du fichier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message>
        <source>Stops the import at its next step; nothing is changed.</source>
        <translation>Arrête l’importation à sa prochaine étape&#xa0;; rien n’est modifié.</translation>
    </message>
    <message>
        <source>Recall data (*.json *.csv *.rdbundle *.zip);;CPSC or Health Canada JSON (*.json);;Health Canada CSV (*.csv);;Head-office bundle (*.rdbundle *.zip)</source>
        <translation>Données de rappel (*.json *.csv *.rdbundle *.zip);;JSON de la CPSC ou de Santé Canada (*.json);;CSV de Santé Canada (*.csv);;Paquet du siège social (*.rdbundle *.zip)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Annulation&#xa0;: rien ne sera modifié…</translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} recall(s)…</source>
        <translation>
            <numerusform>Enregistrement de {count} rappel…</numerusform>
            <numerusform>Enregistrement de {count} rappels…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying recall {done} of {total}…</source>
        <translation>Application du rappel {done} sur {total}…</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>{file} importé.</translation>
    </message>
    <message>
        <source>The file was refused; the catalog was not changed.</source>
        <translation>Le fichier a été refusé&#xa0;; le catalogue n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Importation refusée</translation>
    </message>
    <message>
        <source>Why the file was refused, record by record.</source>
        <translation>Pourquoi le fichier a été refusé, enregistrement par enregistrement.</translation>
    </message>
    <message>
        <source>{file} was refused; the catalog was not changed.</source>
        <translation>{file} a été refusé&#xa0;; le catalogue n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file was refused; the catalog was not changed.</source>
        <translation>Le fichier a été refusé&#xa0;; le catalogue n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s): tick “Skip bad records” to import the other records.</source>
        <translation>
            <numerusform>{count} problème&#xa0;: cochez «&#xa0;Ignorer les enregistrements illisibles&#xa0;» pour importer les autres.</numerusform>
            <numerusform>{count} problèmes&#xa0;: cochez «&#xa0;Ignorer les enregistrements illisibles&#xa0;» pour importer les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s):</source>
        <translation>
            <numerusform>{count} problème&#xa0;:</numerusform>
            <numerusform>{count} problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message>
        <source>Each problem names the record it is in, as the file numbers them.</source>
        <translation>Chaque problème indique son enregistrement, selon la numérotation du fichier.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window; the file stays chosen.</source>
        <translation>Ferme cette fenêtre&#xa0;; le fichier reste choisi.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>New recalls:</source>
        <translation>Nouveaux rappels&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>a newer record replaced the older</source>
        <translation>un enregistrement plus récent a remplacé l’ancien</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Inchangés&#xa0;:</translation>
    </message>
    <message>
        <source>Kept as edited:</source>
        <translation>Gardés tels que modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>the stored version stays; the newer record is set aside</source>
        <translation>la version enregistrée reste&#xa0;; l’enregistrement plus récent est mis de côté</translation>
    </message>
    <message>
        <source>Needs review:</source>
        <translation>À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Catalog → Review imported findings…</source>
        <translation>Catalogue → Vérifier les résultats importés…</translation>
    </message>
    <message>
        <source>Skipped (bad records):</source>
        <translation>Ignorés (illisibles)&#xa0;:</translation>
    </message>
    <message>
        <source>Ignored (not for the counter):</source>
        <translation>Écartés (pas pour le comptoir)&#xa0;:</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>What the import added, changed and left for review.</source>
        <translation>Ce que l’importation a ajouté, modifié et laissé à vérifier.</translation>
    </message>
    <message>
        <source>{file} was imported ({format}).</source>
        <translation>{file} a été importé ({format}).</translation>
    </message>
    <message>
        <source>{count}  ({meaning})</source>
        <translation>{count}  ({meaning})</translation>
    </message>
    <message>
        <source>Catalog now:</source>
        <translation>Catalogue maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>{version}, published {date}</source>
        <translation>{version}, publié le {date}</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Version du catalogue</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détail de l’importation</translation>
    </message>
    <message>
        <source>The recalls the import added, updated, kept as edited, skipped or ignored.</source>
        <translation>Les rappels que l’importation a ajoutés, mis à jour, gardés tels que modifiés, ignorés ou écartés.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Fermer le résumé</translation>
    </message>
    <message>
        <source>Closes this summary.</source>
        <translation>Ferme ce résumé.</translation>
    </message>
    <message>
        <source>CPSC</source>
        <translation>CPSC</translation>
    </message>
    <message>
        <source>Health Canada</source>
        <translation>Santé Canada</translation>
    </message>
    <message>
        <source>head-office bundle</source>
        <translation>paquet du siège social</translation>
    </message>
    <message>
        <source>Skipped, with why:</source>
        <translation>Ignorés, avec la raison&#xa0;:</translation>
    </message>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Kept as edited: {recalls}</source>
        <translation>Gardés tels que modifiés&#xa0;: {recalls}</translation>
    </message>
    <message>
        <source>New: {recalls}</source>
        <translation>Nouveaux&#xa0;: {recalls}</translation>
    </message>
    <message>
        <source>Updated: {recalls}</source>
        <translation>Mis à jour&#xa0;: {recalls}</translation>
    </message>
    <message>
        <source>Ignored:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} n’est pas un fichier.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a photo can be: save a smaller copy.</source>
        <translation>{file} fait {size} Mo, plus que les {limit} Mo permis pour une photo&#xa0;: enregistrez-en une copie plus petite.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>{file} ne peut pas être lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{file} is more than {limit} MB.</source>
        <translation>{file} fait plus de {limit} Mo.</translation>
    </message>
    <message>
        <source>{file} is not a picture: the catalog takes PNG or JPEG photos.</source>
        <translation>{file} n’est pas une image&#xa0;: le catalogue accepte les photos PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{file} is a {kind} picture: the catalog takes PNG or JPEG photos.</source>
        <translation>{file} est une image {kind}&#xa0;: le catalogue accepte les photos PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{file} is not a readable {kind} picture ({problem}).</source>
        <translation>{file} n’est pas une image {kind} lisible ({problem}).</translation>
    </message>
    <message>
        <source>answers are written key=value, such as colour=black (got {text})</source>
        <translation>les réponses s’écrivent clé=valeur, comme colour=black (reçu&#xa0;: {text})</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Sections du produit</translation>
    </message>
    <message>
        <source>The product&apos;s names and labels, its serial rule and questions, and its pictures.</source>
        <translation>Les noms et étiquettes du produit, sa règle de série et ses questions, et ses images.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Serial rule &amp;&amp; questions</source>
        <translation>Règle de série &amp;&amp; questions</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>The maker&apos;s brand, as the notice names it.</source>
        <translation>La marque du fabricant, telle que l’avis la nomme.</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <source>The product&apos;s name, as the notice names it.</source>
        <translation>Le nom du produit, tel que l’avis le nomme.</translation>
    </message>
    <message>
        <source>as the notice names it</source>
        <translation>tel que l’avis le nomme</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>The colours the recalled product comes in, separated by commas.</source>
        <translation>Les couleurs du produit rappelé, séparées par des virgules.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. black, blue</source>
        <translation>séparées par des virgules, p. ex. black, blue</translation>
    </message>
    <message>
        <source>UPCs</source>
        <translation>UPC</translation>
    </message>
    <message>
        <source>The product&apos;s UPC, EAN or GTIN codes, separated by commas.</source>
        <translation>Les codes UPC, EAN ou GTIN du produit, séparés par des virgules.</translation>
    </message>
    <message>
        <source>UPC/EAN/GTIN codes, comma-separated</source>
        <translation>codes UPC/EAN/GTIN, séparés par des virgules</translation>
    </message>
    <message>
        <source>Model label: where it is</source>
        <translation>Étiquette du modèle&#xa0;: emplacement</translation>
    </message>
    <message>
        <source>Where the model number is printed on the device, as the clerk is told.</source>
        <translation>Où le numéro de modèle est imprimé sur l’appareil, tel qu’on l’indique au commis.</translation>
    </message>
    <message>
        <source>e.g. Printed on the back</source>
        <translation>p. ex. Imprimé au dos</translation>
    </message>
    <message>
        <source>Model label: text as printed</source>
        <translation>Étiquette du modèle&#xa0;: texte imprimé</translation>
    </message>
    <message>
        <source>The model label&apos;s words, exactly as printed.</source>
        <translation>Les mots de l’étiquette du modèle, exactement tels qu’imprimés.</translation>
    </message>
    <message>
        <source>Model label: picture view</source>
        <translation>Étiquette du modèle&#xa0;: vue de l’image</translation>
    </message>
    <message>
        <source>The name of the picture that shows the model label.</source>
        <translation>Le nom de l’image qui montre l’étiquette du modèle.</translation>
    </message>
    <message>
        <source>Serial label: where it is</source>
        <translation>Étiquette du numéro de série&#xa0;: emplacement</translation>
    </message>
    <message>
        <source>Where the serial number is printed on the device, as the clerk is told.</source>
        <translation>Où le numéro de série est imprimé sur l’appareil, tel qu’on l’indique au commis.</translation>
    </message>
    <message>
        <source>e.g. On the sticker inside the lid</source>
        <translation>p. ex. Sur l’autocollant à l’intérieur du couvercle</translation>
    </message>
    <message>
        <source>Serial label: text as printed</source>
        <translation>Étiquette du numéro de série&#xa0;: texte imprimé</translation>
    </message>
    <message>
        <source>The serial label&apos;s words, exactly as printed.</source>
        <translation>Les mots de l’étiquette du numéro de série, exactement tels qu’imprimés.</translation>
    </message>
    <message>
        <source>Serial label: picture view</source>
        <translation>Étiquette du numéro de série&#xa0;: vue de l’image</translation>
    </message>
    <message>
        <source>The name of the picture that shows the serial label.</source>
        <translation>Le nom de l’image qui montre l’étiquette du numéro de série.</translation>
    </message>
    <message>
        <source>Serial rule (JSON)</source>
        <translation>Règle de série (JSON)</translation>
    </message>
    <message>
        <source>Which serial numbers are affected, as a JSON object; checked as you type.</source>
        <translation>Les numéros de série concernés, en objet JSON&#xa0;; vérifiée pendant la saisie.</translation>
    </message>
    <message>
        <source>Empty: every unit is recalled. {example}</source>
        <translation>Vide&#xa0;: toutes les unités sont rappelées. {example}</translation>
    </message>
    <message>
        <source>Questions (JSON)</source>
        <translation>Questions (en JSON)</translation>
    </message>
    <message>
        <source>The questions the counter asks, as a JSON list; checked as you type.</source>
        <translation>Les questions posées au comptoir, en liste JSON&#xa0;; vérifiées pendant la saisie.</translation>
    </message>
    <message>
        <source>Empty: no questions. {example}</source>
        <translation>Vide&#xa0;: aucune question. {example}</translation>
    </message>
    <message>
        <source>Picture view name</source>
        <translation>Nom de la vue de l’image</translation>
    </message>
    <message>
        <source>The name the labels&apos; “picture view” fields use for this picture.</source>
        <translation>Le nom que les champs «&#xa0;vue de l’image&#xa0;» des étiquettes donnent à cette image.</translation>
    </message>
    <message>
        <source>e.g. bottom, back, inside-lid</source>
        <translation>p. ex. bottom, back, inside-lid</translation>
    </message>
    <message>
        <source>Picture caption</source>
        <translation>Légende de l’image</translation>
    </message>
    <message>
        <source>What the picture shows, read out to those who cannot see it.</source>
        <translation>Ce que montre l’image, lu à voix haute à qui ne peut pas la voir.</translation>
    </message>
    <message>
        <source>what the picture shows</source>
        <translation>ce que montre l’image</translation>
    </message>
    <message>
        <source>Model numbers</source>
        <translation>Numéros de modèle</translation>
    </message>
    <message>
        <source>Each model number, the base printed on the label, and the answers that pick it.</source>
        <translation>Chaque numéro de modèle, la base imprimée sur l’étiquette et les réponses qui le désignent.</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Numéro de modèle</translation>
    </message>
    <message>
        <source>Base printed on the label</source>
        <translation>Base imprimée sur l’étiquette</translation>
    </message>
    <message>
        <source>Answers (key=value)</source>
        <translation>Réponses (clé=valeur)</translation>
    </message>
    <message>
        <source>Add &amp;model</source>
        <translation>Ajouter un &amp;modèle</translation>
    </message>
    <message>
        <source>Add a model number</source>
        <translation>Ajouter un numéro de modèle</translation>
    </message>
    <message>
        <source>Adds an empty row to the model numbers, ready to type in.</source>
        <translation>Ajoute une ligne vide aux numéros de modèle, prête à remplir.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Retirer le modèle</translation>
    </message>
    <message>
        <source>Remove the selected model number</source>
        <translation>Retirer le numéro de modèle sélectionné</translation>
    </message>
    <message>
        <source>Removes the selected row from the model numbers.</source>
        <translation>Retire la ligne sélectionnée des numéros de modèle.</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marque&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>Model numbers:</source>
        <translation>Numéros de modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;lours:</source>
        <translation>Cou&amp;leurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;UPCs:</source>
        <translation>&amp;UPC&#xa0;:</translation>
    </message>
    <message>
        <source>Model label</source>
        <translation>Étiquette du modèle</translation>
    </message>
    <message>
        <source>Serial label</source>
        <translation>Étiquette du numéro de série</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Serial r&amp;ule: which serials are affected (see the README&apos;s table of fields)</source>
        <translation>Règle de &amp;série&#xa0;: numéros de série concernés (voir le tableau des champs du README)</translation>
    </message>
    <message>
        <source>&amp;Questions the counter asks (colour, a code inside the lid…), with their choices</source>
        <translation>&amp;Questions posées au comptoir (couleur, code sous le couvercle…), avec leurs choix</translation>
    </message>
    <message>
        <source>Serial rule check</source>
        <translation>Vérification de la règle de série</translation>
    </message>
    <message>
        <source>Questions check</source>
        <translation>Vérification des questions</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Lé&amp;gende&#xa0;:</translation>
    </message>
    <message>
        <source>Picture of this product</source>
        <translation>Image de ce produit</translation>
    </message>
    <message>
        <source>The picture whose labels are marked below.</source>
        <translation>L’image dont les étiquettes sont repérées ci-dessous.</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>Ajouter une p&amp;hoto…</translation>
    </message>
    <message>
        <source>Add a photo (PNG or JPEG)</source>
        <translation>Ajouter une photo (PNG ou JPEG)</translation>
    </message>
    <message>
        <source>Copies a photo of the device into the catalog, to mark its labels on.</source>
        <translation>Copie une photo de l’appareil dans le catalogue, pour y repérer ses étiquettes.</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Remove the selected picture</source>
        <translation>Retirer l’image sélectionnée</translation>
    </message>
    <message>
        <source>Removes the picture and its marked boxes from this product.</source>
        <translation>Retire l’image et ses cadres de ce produit.</translation>
    </message>
    <message>
        <source>(no view name)</source>
        <translation>(vue sans nom)</translation>
    </message>
    <message>
        <source>(new product)</source>
        <translation>(nouveau produit)</translation>
    </message>
    <message>
        <source>No rule: every unit of these models is recalled.</source>
        <translation>Aucune règle&#xa0;: toutes les unités de ces modèles sont rappelées.</translation>
    </message>
    <message>
        <source>The rule reads correctly.</source>
        <translation>La règle est valide.</translation>
    </message>
    <message numerus="yes">
        <source>{count} question(s), reading correctly.</source>
        <translation>
            <numerusform>{count} question, valide.</numerusform>
            <numerusform>{count} questions, valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Aucune question.</translation>
    </message>
    <message>
        <source>not JSON: {problem} at line {line}, column {column}</source>
        <translation>ce n’est pas du JSON&#xa0;: {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>a rule is a JSON object, such as {example}</source>
        <translation>une règle est un objet JSON, comme {example}</translation>
    </message>
    <message>
        <source>a JSON list of questions, such as {example}</source>
        <translation>une liste JSON de questions, comme {example}</translation>
    </message>
    <message>
        <source>Add a photo of the device</source>
        <translation>Ajouter une photo de l’appareil</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Photos (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photo not added: {problem}</source>
        <translation>Photo non ajoutée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Photo not added: {file} could not be stored in {folder}: {problem}</source>
        <translation>Photo non ajoutée&#xa0;: impossible d’enregistrer {file} dans {folder}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Added {file}. Name its view, then drag over each label on it to mark it.</source>
        <translation>{file} ajouté. Nommez sa vue, puis tracez un cadre sur chaque étiquette pour la repérer.</translation>
    </message>
</context>
<context>
    <name>RecallListModel</name>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marques</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review imported findings</source>
        <translation>Vérifier les résultats importés</translation>
    </message>
    <message>
        <source>What imports read from the notices but could not be sure of: confirm, correct or reject.</source>
        <translation>Ce que les importations ont lu dans les avis sans en être sûres&#xa0;: confirmez, corrigez ou rejetez.</translation>
    </message>
    <message>
        <source>Filter: recall, product, model, words of the sentence…</source>
        <translation>Filtrer&#xa0;: rappel, produit, modèle, mots de la phrase…</translation>
    </message>
    <message>
        <source>Filter the findings</source>
        <translation>Filtrer les résultats</translation>
    </message>
    <message>
        <source>Shows only the findings with these words in any column.</source>
        <translation>N’affiche que les résultats qui contiennent ces mots dans une colonne.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Shows the findings with this status.</source>
        <translation>Affiche les résultats dans cet état.</translation>
    </message>
    <message>
        <source>Findings shown</source>
        <translation>Résultats affichés</translation>
    </message>
    <message>
        <source>Imported findings</source>
        <translation>Résultats importés</translation>
    </message>
    <message>
        <source>Recall, product, what was read, confidence, the notice&apos;s sentence, why, and status.</source>
        <translation>Rappel, produit, ce qui a été lu, confiance, phrase de l’avis, raison et état.</translation>
    </message>
    <message>
        <source>The selected finding in full</source>
        <translation>Le résultat sélectionné en entier</translation>
    </message>
    <message>
        <source>The sentence the finding came from and the value read.</source>
        <translation>La phrase d’où vient le résultat et la valeur lue.</translation>
    </message>
    <message>
        <source>Select a finding to read the sentence it came from.</source>
        <translation>Sélectionnez un résultat pour lire la phrase d’où il vient.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Confirm the selected findings</source>
        <translation>Confirmer les résultats sélectionnés</translation>
    </message>
    <message>
        <source>Put the selected model numbers and serial rules into the catalog</source>
        <translation>Ajouter au catalogue les numéros de modèle et règles de série sélectionnés</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>Correct the selected finding, then confirm it</source>
        <translation>Corriger le résultat sélectionné, puis le confirmer</translation>
    </message>
    <message>
        <source>Opens the finding&apos;s value to edit before it goes into the catalog.</source>
        <translation>Ouvre la valeur du résultat pour la modifier avant qu’elle entre au catalogue.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the selected findings</source>
        <translation>Rejeter les résultats sélectionnés</translation>
    </message>
    <message>
        <source>They never go into the catalog, and are not asked again</source>
        <translation>Ils n’entrent jamais au catalogue et ne sont plus proposés</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Message de vérification</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes the review list.</source>
        <translation>Ferme la liste à vérifier.</translation>
    </message>
    <message>
        <source>{shown} shown · {pending} pending</source>
        <translation>{shown} affichés · {pending} en attente</translation>
    </message>
    <message>
        <source>{recall} · {product} · {status}
{what} (confidence {confidence})
Why it needs review: {reason}

The notice says:
{sentence}

Value:
{value}</source>
        <translation>{recall} · {product} · {status}
{what} (confiance {confidence})
Pourquoi le vérifier&#xa0;: {reason}

L’avis indique&#xa0;:
{sentence}

Valeur&#xa0;:
{value}</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) selected.</source>
        <translation>
            <numerusform>{count} résultat sélectionné.</numerusform>
            <numerusform>{count} résultats sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: {problems}</source>
        <translation>Non effectué&#xa0;: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed {count} finding(s).</source>
        <translation>
            <numerusform>{count} résultat confirmé.</numerusform>
            <numerusform>{count} résultats confirmés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected {count} finding(s).</source>
        <translation>
            <numerusform>{count} résultat rejeté.</numerusform>
            <numerusform>{count} résultats rejetés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>product {number}</source>
        <translation>produit {number}</translation>
    </message>
    <message>
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>SweepDialog</name>
    <message>
        <source>{file}: the sweep failed: {problem}</source>
        <translation>{file}&#xa0;: la vérification a échoué&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Sweep inventory</source>
        <translation>Vérifier l’inventaire</translation>
    </message>
    <message>
        <source>Checks every row of a stock list against the recall catalog and lists what to pull.</source>
        <translation>Vérifie chaque ligne d’une liste d’inventaire dans le catalogue des rappels et liste ce qu’il faut retirer.</translation>
    </message>
    <message>
        <source>Check a stock list exported from the store&apos;s system (CSV: UPC, model number, SKU, description, quantity and location columns, found by their headers) against the recall catalog.</source>
        <translation>Vérifiez dans le catalogue des rappels une liste d’inventaire exportée du système du magasin (CSV&#xa0;: colonnes UPC, numéro de modèle, UGS, description, quantité et emplacement, reconnues par leurs en-têtes).</translation>
    </message>
    <message>
        <source>&amp;Stock list:</source>
        <translation>&amp;Liste d’inventaire&#xa0;:</translation>
    </message>
    <message>
        <source>Stock list to sweep</source>
        <translation>Liste d’inventaire à vérifier</translation>
    </message>
    <message>
        <source>The CSV file exported from the store&apos;s system; Enter starts the sweep.</source>
        <translation>Le fichier CSV exporté du système du magasin&#xa0;; Entrée lance la vérification.</translation>
    </message>
    <message>
        <source>Choose the stock list (.csv)</source>
        <translation>Choisissez la liste d’inventaire (.csv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the stock list</source>
        <translation>Choisir la liste d’inventaire</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the stock list.</source>
        <translation>Ouvre une fenêtre pour choisir la liste d’inventaire.</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Sweep the stock list</source>
        <translation>Vérifier la liste d’inventaire</translation>
    </message>
    <message>
        <source>Checks every row against the catalog; it can be cancelled while it runs.</source>
        <translation>Vérifie chaque ligne dans le catalogue&#xa0;; la vérification peut être annulée en cours de route.</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Stops the sweep at its next step.</source>
        <translation>Arrête la vérification à sa prochaine étape.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v lignes sur %m</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Rows checked so far, of all the rows in the file.</source>
        <translation>Lignes vérifiées jusqu’ici, sur toutes celles du fichier.</translation>
    </message>
    <message>
        <source>Sweep summary</source>
        <translation>Résumé de la vérification</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>One row per stock row under a recall: which recall, why, how many units, what to do.</source>
        <translation>Une ligne par article visé par un rappel&#xa0;: quel rappel, pourquoi, combien d’unités, que faire.</translation>
    </message>
    <message>
        <source>Filter the hits</source>
        <translation>Filtrer les correspondances</translation>
    </message>
    <message>
        <source>Shows only the hits with these words in any column.</source>
        <translation>N’affiche que les correspondances qui contiennent ces mots dans une colonne.</translation>
    </message>
    <message>
        <source>Filter: recall, model, location, outcome…</source>
        <translation>Filtrer&#xa0;: rappel, modèle, emplacement, résultat…</translation>
    </message>
    <message>
        <source>Rows not read</source>
        <translation>Lignes non lues</translation>
    </message>
    <message>
        <source>The rows the sweep could not read, or read only in part, with why.</source>
        <translation>Les lignes que la vérification n’a pas pu lire, ou seulement en partie, avec la raison.</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Résultats de la vérification</translation>
    </message>
    <message>
        <source>The hits, and the rows that could not be read.</source>
        <translation>Les correspondances, et les lignes qui n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Save hits as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the hits as CSV</source>
        <translation>Enregistrer les correspondances en CSV</translation>
    </message>
    <message>
        <source>Writes every hit, whatever the filter, to a CSV file for the store&apos;s system.</source>
        <translation>Écrit toutes les correspondances, quel que soit le filtre, dans un fichier CSV pour le système du magasin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Hits</source>
        <translation>&amp;Correspondances</translation>
    </message>
    <message>
        <source>&amp;Rows not read</source>
        <translation>&amp;Lignes non lues</translation>
    </message>
    <message>
        <source>&amp;Hits ({count})</source>
        <translation>&amp;Correspondances ({count})</translation>
    </message>
    <message>
        <source>&amp;Rows not read ({count})</source>
        <translation>&amp;Lignes non lues ({count})</translation>
    </message>
    <message>
        <source>Stock lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listes d’inventaire (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sweeping {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Cancelling the sweep…</source>
        <translation>Annulation de la vérification…</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>Save hits as CSV</source>
        <translation>Enregistrer les correspondances en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save hits</source>
        <translation>Enregistrer les correspondances</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}</source>
        <translation>Impossible d’écrire {file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Ferme ce message.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} hit(s) to {file}.</source>
        <translation>
            <numerusform>{count} correspondance enregistrée dans {file}.</numerusform>
            <numerusform>{count} correspondances enregistrées dans {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} ligne</numerusform>
            <numerusform>{count} lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows_read} ({encoding}); catalog {version}, published {date}.</source>
        <translation>{file}&#xa0;: {rows_read} ({encoding})&#xa0;; catalogue {version}, publié le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) read</source>
        <translation>
            <numerusform>{count} ligne lue</numerusform>
            <numerusform>{count} lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits} in {rows}: pull {units} from sale</source>
        <translation>{hits} dans {rows}&#xa0;: retirer {units} de la vente</translation>
    </message>
    <message numerus="yes">
        <source>{count} hit(s)</source>
        <translation>
            <numerusform>{count} correspondance</numerusform>
            <numerusform>{count} correspondances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} unit(s)</source>
        <translation>
            <numerusform>{count} unité</numerusform>
            <numerusform>{count} unités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({count} row(s) without a quantity)</source>
        <translation>
            <numerusform>({count} ligne sans quantité)</numerusform>
            <numerusform>({count} lignes sans quantité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} possible hit(s) (description only) for a person to confirm.</source>
        <translation>
            <numerusform>{count} correspondance possible (description seulement) à faire confirmer par une personne.</numerusform>
            <numerusform>{count} correspondances possibles (description seulement) à faire confirmer par une personne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} with problems, {count} not checked by UPC or model: see Rows not read.</source>
        <translation>
            <numerusform>{rows} avec des problèmes, dont {count} non vérifiée par UPC ni par modèle&#xa0;: voir Lignes non lues.</numerusform>
            <numerusform>{rows} avec des problèmes, dont {count} non vérifiées par UPC ni par modèle&#xa0;: voir Lignes non lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepHitsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>UGS</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Concerné</translation>
    </message>
    <message>
        <source>Check with maker</source>
        <translation>Voir le fabricant</translation>
    </message>
    <message>
        <source>Check serials</source>
        <translation>Vérifier les numéros de série</translation>
    </message>
    <message>
        <source>Check each unit</source>
        <translation>Vérifier chaque unité</translation>
    </message>
    <message>
        <source>Possible: confirm</source>
        <translation>Possible&#xa0;: à confirmer</translation>
    </message>
</context>
<context>
    <name>SweepProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
</TS>
