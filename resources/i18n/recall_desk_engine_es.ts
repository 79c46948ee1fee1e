<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Engine</name>
    <message>
        <source>{rest} or {last}</source>
        <translation>{rest} o {last}</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}, {then}</translation>
    </message>
    <message>
        <source>recall {number}</source>
        <translation>el retiro {number}</translation>
    </message>
    <message>
        <source>the {agency} recall of {date}</source>
        <translation>el retiro de {agency} del {date}</translation>
    </message>
    <message>
        <source>the {agency} recall</source>
        <translation>el retiro de {agency}</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <source>letters and digits</source>
        <translation>letras y dígitos</translation>
    </message>
    <message>
        <source>hex digits</source>
        <translation>dígitos hexadecimales</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>as printed</source>
        <translation>tal como está impreso</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;</source>
        <translation>«{value}»</translation>
    </message>
    <message>
        <source>begins with {values}</source>
        <translation>empieza por {values}</translation>
    </message>
    <message>
        <source>ends with {values}</source>
        <translation>termina en {values}</translation>
    </message>
    <message>
        <source>carries {values}</source>
        <translation>lleva la marca {values}</translation>
    </message>
    <message>
        <source>is one of the 1 listed serial</source>
        <translation>es el único número de serie de la lista</translation>
    </message>
    <message>
        <source>is one of the {n} listed serials</source>
        <translation>es uno de los {n} números de serie de la lista</translation>
    </message>
    <message>
        <source>lies from {start} to {end}</source>
        <translation>está entre {start} y {end}</translation>
    </message>
    <message>
        <source>has the form {patterns} ({wildcard} = any character)</source>
        <translation>tiene la forma {patterns} ({wildcard} = cualquier carácter)</translation>
    </message>
    <message>
        <source>has a {format} date code from {start} to {end}</source>
        <translation>tiene un código de fecha {format} del {start} al {end}</translation>
    </message>
    <message>
        <source>serial number</source>
        <translation>número de serie</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <source>{lo} to {hi} {what}</source>
        <translation>de {lo} a {hi} {what}</translation>
    </message>
    <message>
        <source>at least {lo} {what}</source>
        <translation>al menos {lo} {what}</translation>
    </message>
    <message>
        <source>{printed} as {read}</source>
        <translation>{printed} como {read}</translation>
    </message>
    <message>
        <source>{rest}, {last}</source>
        <translation>{rest}, {last}</translation>
    </message>
    <message>
        <source>{note}: read {pairs}</source>
        <translation>{note}: lea {pairs}</translation>
    </message>
    <message>
        <source>read {pairs}</source>
        <translation>lea {pairs}</translation>
    </message>
    <message>
        <source>has 1 character, not {length}</source>
        <translation>tiene 1 carácter, no {length}</translation>
    </message>
    <message>
        <source>has {n} characters, not {length}</source>
        <translation>tiene {n} caracteres, no {length}</translation>
    </message>
    <message>
        <source>has {n} characters, fewer than {min}</source>
        <translation>tiene {n} caracteres, menos de {min}</translation>
    </message>
    <message>
        <source>has {n} characters, more than {max}</source>
        <translation>tiene {n} caracteres, más de {max}</translation>
    </message>
    <message>
        <source>contains {bad}, which {charset} serials do not use</source>
        <translation>contiene {bad}, que los números de serie {charset} no usan</translation>
    </message>
    <message>
        <source>Read {what}: {note}.</source>
        <translation>Se leyó {what}: {note}.</translation>
    </message>
    <message>
        <source>Read {what}.</source>
        <translation>Se leyó {what}.</translation>
    </message>
    <message>
        <source>this recall</source>
        <translation>este retiro</translation>
    </message>
    <message>
        <source>The notice does not say whether a unit with no {label} is part of {recall}: ask the manufacturer.</source>
        <translation>El aviso no dice si un aparato sin {label} está incluido en {recall}: pregunte al fabricante.</translation>
    </message>
    <message>
        <source>Enter the {label} to decide ({hint}).</source>
        <translation>Ingrese el {label} para decidir ({hint}).</translation>
    </message>
    <message>
        <source>The {label} reads {serial}</source>
        <translation>El {label} dice {serial}</translation>
    </message>
    <message>
        <source>{recall} gives {format}. Re-read the label; if it is right, ask the manufacturer.</source>
        <translation>{recall} indica {format}. Vuelva a leer la etiqueta; si está bien, pregunte al fabricante.</translation>
    </message>
    <message>
        <source>{recall} covers {format} only.</source>
        <translation>{recall} abarca solo {format}.</translation>
    </message>
    <message>
        <source>{said}: it {problem}. {why}</source>
        <translation>{said}: {problem}. {why}</translation>
    </message>
    <message>
        <source>Units whose {label} {clause} are not part of {recall}.</source>
        <translation>Los aparatos cuyo {label} {clause} no están incluidos en {recall}.</translation>
    </message>
    <message>
        <source>{said}, which {clause}. {why}</source>
        <translation>{said}, que {clause}. {why}</translation>
    </message>
    <message>
        <source>{recall} covers units whose {label} {clauses}.</source>
        <translation>{recall} abarca los aparatos cuyo {label} {clauses}.</translation>
    </message>
    <message>
        <source>{said}, which does not match. {why}</source>
        <translation>{said}, que no coincide. {why}</translation>
    </message>
    <message>
        <source>{said} ({format}, as the recall gives). {why}</source>
        <translation>{said} ({format}, como indica el retiro). {why}</translation>
    </message>
    <message>
        <source>{said}. {why}</source>
        <translation>{said}. {why}</translation>
    </message>
    <message>
        <source>Check the {label} at {url}.</source>
        <translation>Verifique el {label} en {url}.</translation>
    </message>
    <message>
        <source>Only some units are part of {recall}, and the manufacturer keeps the list.</source>
        <translation>Solo algunos aparatos están incluidos en {recall}, y el fabricante tiene la lista.</translation>
    </message>
    <message>
        <source>Units with no {label} printed are part of {recall}.</source>
        <translation>Los aparatos sin {label} impreso están incluidos en {recall}.</translation>
    </message>
    <message>
        <source>Units with no {label} printed are not part of {recall}.</source>
        <translation>Los aparatos sin {label} impreso no están incluidos en {recall}.</translation>
    </message>
    <message>
        <source>Units with no {label} printed may be part of {recall}.</source>
        <translation>Los aparatos sin {label} impreso pueden estar incluidos en {recall}.</translation>
    </message>
    <message>
        <source>This unit is part of {recall}.</source>
        <translation>Este aparato está incluido en {recall}.</translation>
    </message>
    <message>
        <source>This unit is not part of {recall}.</source>
        <translation>Este aparato no está incluido en {recall}.</translation>
    </message>
    <message>
        <source>This unit may be part of {recall}.</source>
        <translation>Este aparato puede estar incluido en {recall}.</translation>
    </message>
    <message>
        <source>{product} is under {recall}, whose notice names no model number: compare the device with the notice&apos;s description and pictures ({url}).</source>
        <translation>{product} está afectado por {recall}, cuyo aviso no indica ningún número de modelo: compare el aparato con la descripción y las fotos del aviso ({url}).</translation>
    </message>
    <message>
        <source>{product} is under {recall}, whose notice names no model number: compare the device with the notice&apos;s description and pictures.</source>
        <translation>{product} está afectado por {recall}, cuyo aviso no indica ningún número de modelo: compare el aparato con la descripción y las fotos del aviso.</translation>
    </message>
    <message>
        <source>{product} is under {recall}. Confirm the model number on the label ({where}).</source>
        <translation>{product} está afectado por {recall}. Confirme el número de modelo en la etiqueta ({where}).</translation>
    </message>
    <message>
        <source>{product} is under {recall}. Confirm the model number on the label.</source>
        <translation>{product} está afectado por {recall}. Confirme el número de modelo en la etiqueta.</translation>
    </message>
    <message>
        <source>{recall} covers only some {model} units. {question}</source>
        <translation>{recall} abarca solo algunos aparatos {model}. {question}</translation>
    </message>
    <message>
        <source>{model} units with {key} {answer} are not part of {recall}.</source>
        <translation>Los aparatos {model} ({key}: {answer}) no están incluidos en {recall}.</translation>
    </message>
    <message>
        <source>{model} units with {key} {answer} are part of {recall}.</source>
        <translation>Los aparatos {model} ({key}: {answer}) están incluidos en {recall}.</translation>
    </message>
    <message>
        <source>Nothing to check: scan or type a model number, UPC or serial.</source>
        <translation>Nada que verificar: escanee o escriba un número de modelo, UPC o número de serie.</translation>
    </message>
    <message>
        <source>The entry is too long ({why}): a model number, UPC, serial or a few words is expected.</source>
        <translation>La entrada es demasiado larga ({why}): se espera un número de modelo, UPC, número de serie o unas pocas palabras.</translation>
    </message>
    <message>
        <source>too many characters</source>
        <translation>demasiados caracteres</translation>
    </message>
    <message>
        <source>{entry} looks like a serial number. A serial alone does not name the product: enter the model number from the same label first.</source>
        <translation>{entry} parece un número de serie. Un número de serie solo no identifica el producto: ingrese primero el número de modelo de la misma etiqueta.</translation>
    </message>
    <message>
        <source>UPC/EAN {entry}</source>
        <translation>el UPC/EAN {entry}</translation>
    </message>
    <message>
        <source>model {entry}</source>
        <translation>el modelo {entry}</translation>
    </message>
    <message>
        <source>“{entry}”</source>
        <translation>«{entry}»</translation>
    </message>
    <message>
        <source>No recall on file for {what} as of {date}.</source>
        <translation>No hay ningún retiro registrado para {what} al {date}.</translation>
    </message>
    <message>
        <source>Recall notices rarely list UPCs: check the model number on the device too.</source>
        <translation>Los avisos de retiro rara vez indican los UPC: verifique también el número de modelo en el aparato.</translation>
    </message>
    <message>
        <source>Did you mean {models}?</source>
        <translation>¿Quiso decir {models}?</translation>
    </message>
    <message>
        <source>More than {n} recalled products match “{entry}”: enter the model number printed on the label, or add words of the name.</source>
        <translation>Más de {n} productos retirados coinciden con «{entry}»: ingrese el número de modelo impreso en la etiqueta o agregue palabras del nombre.</translation>
    </message>
    <message>
        <source>1 recalled product</source>
        <translation>1 producto retirado</translation>
    </message>
    <message>
        <source>{n} recalled products</source>
        <translation>{n} productos retirados</translation>
    </message>
    <message>
        <source>1 recall</source>
        <translation>1 retiro</translation>
    </message>
    <message>
        <source>{n} recalls</source>
        <translation>{n} retiros</translation>
    </message>
    <message>
        <source>{products} in {recalls} match “{entry}”: enter the model number printed on the label.</source>
        <translation>{products} en {recalls} coinciden con «{entry}»: ingrese el número de modelo impreso en la etiqueta.</translation>
    </message>
    <message>
        <source>{n} recalls name this model: see each below.</source>
        <translation>{n} retiros mencionan este modelo: vea cada uno abajo.</translation>
    </message>
</context>
</TS>
