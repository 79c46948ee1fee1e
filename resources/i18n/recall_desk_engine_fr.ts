<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Engine</name>
    <message>
        <source>{rest} or {last}</source>
        <translation>{rest} ou {last}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>recall {number}</source>
        <translation>le rappel {number}</translation>
    </message>
    <message>
        <source>the {agency} recall of {date}</source>
        <translation>le rappel de {agency} du {date}</translation>
    </message>
    <message>
        <source>the {agency} recall</source>
        <translation>le rappel de {agency}</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>lettres et chiffres</translation>
    </message>
    <message>
        <source>hex digits</source>
        <translation>chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>lettres</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>tel qu’il est imprimé</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <source>begins with {values}</source>
        <translation>commence par {values}</translation>
    </message>
    <message>
        <source>ends with {values}</source>
        <translation>se termine par {values}</translation>
    </message>
    <message>
        <source>carries {values}</source>
        <translation>porte la mention {values}</translation>
    </message>
    <message>
        <source>is one of the 1 listed serial</source>
        <translation>est le seul numéro de série de la liste</translation>
    </message>
    <message>
        <source>is one of the {n} listed serials</source>
        <translation>fait partie des {n} numéros de série de la liste</translation>
    </message>
    <message>
        <source>lies from {start} to {end}</source>
        <translation>est compris entre {start} et {end}</translation>
    </message>
    <message>
        <source>has the form {patterns} ({wildcard} = any character)</source>
        <translation>a la forme {patterns} ({wildcard} = n’importe quel caractère)</translation>
    </message>
    <message>
        <source>has a {format} date code from {start} to {end}</source>
        <translation>porte un code de date {format} du {start} au {end}</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>numéro de série</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <source>{lo} to {hi} {what}</source>
        <translation>{lo} à {hi} {what}</translation>
    </message>
    <message>
        <source>at least {lo} {what}</source>
        <translation>au moins {lo} {what}</translation>
    </message>
    <message>
        <source>{printed} as {read}</source>
        <translation>{printed} comme {read}</translation>
    </message>
    <message>
        <source>{rest}, {last}</source>
        <translation>{rest}, {last}</translation>
    </message>
    <message>
        <source>{note}: read {pairs}</source>
        <translation>{note}&#xa0;: lire {pairs}</translation>
    </message>
    <message>
        <source>read {pairs}</source>
        <translation>lire {pairs}</translation>
    </message>
    <message>
        <source>has 1 character, not {length}</source>
        <translation>a 1 caractère, et non {length}</translation>
    </message>
    <message>
        <source>has {n} characters, not {length}</source>
        <translation>a {n} caractères, et non {length}</translation>
    </message>
    <message>
        <source>has {n} characters, fewer than {min}</source>
        <translation>a {n} caractères, moins que {min}</translation>
    </message>
    <message>
        <source>has {n} characters, more than {max}</source>
        <translation>a {n} caractères, plus que {max}</translation>
    </message>
    <message>
        <source>contains {bad}, which {charset} serials do not use</source>
        <translation>contient {bad}, que les numéros de série {charset} n’utilisent pas</translation>
    </message>
    <message>
        <source>Read {what}: {note}.</source>
        <translation>Lu {what}&#xa0;: {note}.</translation>
    </message>
    <message>
        <source>Read {what}.</source>
        <translation>Lu {what}.</translation>
    </message>
    <message>
        <source>this recall</source>
        <translation>ce rappel</translation>
    </message>
    <message>
        <source>The notice does not say whether a unit with no {label} is part of {recall}: ask the manufacturer.</source>
        <translation>L’avis ne dit pas si un appareil sans {label} est visé par {recall}&#xa0;: demandez au fabricant.</translation>
    </message>
    <message>
        <source>Enter the {label} to decide ({hint}).</source>
        <translation>Entrez le {label} pour trancher ({hint}).</translation>
    </message>
    <message>
        <source>The {label} reads {serial}</source>
        <translation>Le {label} indique {serial}</translation>
    </message>
    <message>
        <source>{recall} gives {format}. Re-read the label; if it is right, ask the manufacturer.</source>
        <translation>{recall} indique {format}. Relisez l’étiquette&#xa0;; si elle est bien lue, demandez au fabricant.</translation>
    </message>
    <message>
        <source>{recall} covers {format} only.</source>
        <translation>{recall} ne vise que {format}.</translation>
    </message>
    <message>
        <source>{said}: it {problem}. {why}</source>
        <translation>{said}&#xa0;: il {problem}. {why}</translation>
    </message>
    <message>
        <source>Units whose {label} {clause} are not part of {recall}.</source>
        <translation>Les appareils dont le {label} {clause} ne sont pas visés par {recall}.</translation>
    </message>
    <message>
        <source>{said}, which {clause}. {why}</source>
        <translation>{said}, qui {clause}. {why}</translation>
    </message>
    <message>
        <source>{recall} covers units whose {label} {clauses}.</source>
        <translation>{recall} vise les appareils dont le {label} {clauses}.</translation>
    </message>
    <message>
        <source>{said}, which does not match. {why}</source>
        <translation>{said}, qui ne correspond pas. {why}</translation>
    </message>
    <message>
        <source>{said} ({format}, as the recall gives). {why}</source>
        <translation>{said} ({format}, comme l’indique le rappel). {why}</translation>
    </message>
    <message>
        <source>{said}. {why}</source>
        <translation>{said}. {why}</translation>
    </message>
    <message>
        <source>Check the {label} at {url}.</source>
        <translation>Vérifiez le {label} sur {url}.</translation>
    </message>
    <message>
        <source>Only some units are part of {recall}, and the manufacturer keeps the list.</source>
        <translation>Seuls certains appareils sont visés par {recall}, et c’est le fabricant qui en tient la liste.</translation>
    </message>
    <message>
        <source>Units with no {label} printed are part of {recall}.</source>
        <translation>Les appareils sans {label} imprimé sont visés par {recall}.</translation>
    </message>
    <message>
        <source>Units with no {label} printed are not part of {recall}.</source>
        <translation>Les appareils sans {label} imprimé ne sont pas visés par {recall}.</translation>
    </message>
    <message>
        <source>Units with no {label} printed may be part of {recall}.</source>
        <translation>Les appareils sans {label} imprimé sont peut-être visés par {recall}.</translation>
    </message>
    <message>
        <source>This unit is part of {recall}.</source>
        <translation>Cet appareil est visé par {recall}.</translation>
    </message>
    <message>
        <source>This unit is not part of {recall}.</source>
        <translation>Cet appareil n’est pas visé par {recall}.</translation>
    </message>
    <message>
        <source>This unit may be part of {recall}.</source>
        <translation>Cet appareil est peut-être visé par {recall}.</translation>
    </message>
    <message>
        <source>{product} is under {recall}, whose notice names no model number: compare the device with the notice&apos;s description and pictures ({url}).</source>
        <translation>{product} est visé par {recall}, dont l’avis ne cite aucun numéro de modèle&#xa0;: comparez l’appareil à la description et aux photos de l’avis ({url}).</translation>
    </message>
    <message>
        <source>{product} is under {recall}, whose notice names no model number: compare the device with the notice&apos;s description and pictures.</source>
        <translation>{product} est visé par {recall}, dont l’avis ne cite aucun numéro de modèle&#xa0;: comparez l’appareil à la description et aux photos de l’avis.</translation>
    </message>
    <message>
        <source>{product} is under {recall}. Confirm the model number on the label ({where}).</source>
        <translation>{product} est visé par {recall}. Confirmez le numéro de modèle sur l’étiquette ({where}).</translation>
    </message>
    <message>
        <source>{product} is under {recall}. Confirm the model number on the label.</source>
        <translation>{product} est visé par {recall}. Confirmez le numéro de modèle sur l’étiquette.</translation>
    </message>
    <message>
        <source>{recall} covers only some {model} units. {question}</source>
        <translation>{recall} ne vise que certains appareils {model}. {question}</translation>
    </message>
    <message>
        <source>{model} units with {key} {answer} are not part of {recall}.</source>
        <translation>Les appareils {model} ({key}&#xa0;: {answer}) ne sont pas visés par {recall}.</translation>
    </message>
    <message>
        <source>{model} units with {key} {answer} are part of {recall}.</source>
        <translation>Les appareils {model} ({key}&#xa0;: {answer}) sont visés par {recall}.</translation>
    </message>
    <message>
        <source>Nothing to check: scan or type a model number, UPC or serial.</source>
        <translation>Rien à vérifier&#xa0;: scannez ou tapez un numéro de modèle, un CUP ou un numéro de série.</translation>
    </message>
    <message>
        <source>The entry is too long ({why}): a model number, UPC, serial or a few words is expected.</source>
        <translation>La saisie est trop longue ({why})&#xa0;: on attend un numéro de modèle, un CUP, un numéro de série ou quelques mots.</translation>
    </message>
    <message>
        <source>too many characters</source>
        <translation>trop de caractères</translation>
    </message>
    <message>
        <source>{entry} looks like a serial number. A serial alone does not name the product: enter the model number from the same label first.</source>
        <translation>{entry} ressemble à un numéro de série. Un numéro de série seul ne désigne pas le produit&#xa0;: entrez d’abord le numéro de modèle de la même étiquette.</translation>
    </message>
    <message>
        <source>UPC/EAN {entry}</source>
        <translation>le CUP/EAN {entry}</translation>
    </message>
    <message>
        <source>model {entry}</source>
        <translation>le modèle {entry}</translation>
    </message>
    <message>
        <source>“{entry}”</source>
        <translation>«&#xa0;{entry}&#xa0;»</translation>
    </message>
    <message>
        <source>No recall on file for {what} as of {date}.</source>
        <translation>Aucun rappel au dossier pour {what} au {date}.</translation>
    </message>
    <message>
        <source>Recall notices rarely list UPCs: check the model number on the device too.</source>
        <translation>Les avis de rappel citent rarement les CUP&#xa0;: vérifiez aussi le numéro de modèle sur l’appareil.</translation>
    </message>
    <message>
        <source>Did you mean {models}?</source>
        <translation>Vouliez-vous dire {models}&#xa0;?</translation>
    </message>
    <message>
        <source>More than {n} recalled products match “{entry}”: enter the model number printed on the label, or add words of the name.</source>
        <translation>Plus de {n} produits rappelés correspondent à «&#xa0;{entry}&#xa0;»&#xa0;: entrez le numéro de modèle imprimé sur l’étiquette, ou ajoutez des mots du nom.</translation>
    </message>
    <message>
        <source>1 recalled product</source>
        <translation>1 produit rappelé</translation>
    </message>
    <message>
        <source>{n} recalled products</source>
        <translation>{n} produits rappelés</translation>
    </message>
    <message>
        <source>1 recall</source>
        <translation>1 rappel</translation>
    </message>
    <message>
        <source>{n} recalls</source>
        <translation>{n} rappels</translation>
    </message>
    <message>
        <source>{products} in {recalls} match “{entry}”: enter the model number printed on the label.</source>
        <translation>{products} dans {recalls} correspondent à «&#xa0;{entry}&#xa0;»&#xa0;: entrez le numéro de modèle imprimé sur l’étiquette.</translation>
    </message>
    <message>
        <source>{n} recalls name this model: see each below.</source>
        <translation>{n} rappels citent ce modèle&#xa0;: voyez chacun ci-dessous.</translation>
    </message>
</context>
</TS>
