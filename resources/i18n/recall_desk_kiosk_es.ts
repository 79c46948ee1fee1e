<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CornerTaps</name>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>For the store&apos;s staff.</source>
        <translation>Para el personal de la tienda.</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Keypad</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>On-screen keys: they type into the box above them.</source>
        <translation>Teclas en pantalla: escriben en la casilla de arriba.</translation>
    </message>
    <message>
        <source>Dash</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>Types a dash (-).</source>
        <translation>Escribe un guion (-).</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <source>Types {key}.</source>
        <translation>Escribe {key}.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Deletes the last character typed.</source>
        <translation>Borra el último carácter escrito.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Deletes everything typed.</source>
        <translation>Borra todo lo escrito.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Sends what you typed.</source>
        <translation>Envía lo que escribió.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Power bank</source>
        <translation>Batería portátil</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Earbuds case</source>
        <translation>Estuche de audífonos</translation>
    </message>
    <message>
        <source>Wireless charger</source>
        <translation>Cargador inalámbrico</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Recall Desk: check your device</source>
        <translation>Recall Desk: verifique su aparato</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Forgets what you entered and goes back to the first screen.</source>
        <translation>Borra lo que ingresó y vuelve a la primera pantalla.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Is your device under a safety recall?</source>
        <translation>¿Su aparato está sujeto a un retiro por seguridad?</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>Shows these screens and prints your slip in {language}.</source>
        <translation>Muestra estas pantallas e imprime su hoja en {language}.</translation>
    </message>
    <message>
        <source>Check it yourself in a minute. Find the model number on the device, type it (or scan the barcode on the box), and answer a question or two.</source>
        <translation>Verifíquelo usted mismo en un minuto. Busque el número de modelo en el aparato, escríbalo (o escanee el código de barras de la caja) y responda una o dos preguntas.</translation>
    </message>
    <message>
        <source>Type the model number</source>
        <translation>Escriba el número de modelo</translation>
    </message>
    <message>
        <source>Opens a keypad to type the model number printed on your device.</source>
        <translation>Abre un teclado para escribir el número de modelo impreso en su aparato.</translation>
    </message>
    <message>
        <source>Step 1: where is the model number? Pick your kind of device:</source>
        <translation>Paso 1: ¿dónde está el número de modelo? Elija su tipo de aparato:</translation>
    </message>
    <message>
        <source>Shows where the model number is on this kind of device.</source>
        <translation>Muestra dónde está el número de modelo en este tipo de aparato.</translation>
    </message>
    <message>
        <source>Where the model number is</source>
        <translation>Dónde está el número de modelo</translation>
    </message>
    <message>
        <source>Show another</source>
        <translation>Ver otro</translation>
    </message>
    <message>
        <source>Shows another device of this kind.</source>
        <translation>Muestra otro aparato de este tipo.</translation>
    </message>
    <message>
        <source>I found it: type it</source>
        <translation>Lo encontré: escribirlo</translation>
    </message>
    <message>
        <source>Opens a keypad to type the model number you found.</source>
        <translation>Abre un teclado para escribir el número de modelo que encontró.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>As printed after “Model” on the label, letters and digits. Or scan the barcode on the box.</source>
        <translation>Tal como aparece después de «Model» en la etiqueta, letras y números. O escanee el código de barras de la caja.</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Número de modelo</translation>
    </message>
    <message>
        <source>Type it with the keys below, or scan it.</source>
        <translation>Escríbalo con las teclas de abajo o escanéelo.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Type it with the keys below.</source>
        <translation>Escríbalo con las teclas de abajo.</translation>
    </message>
    <message>
        <source>Manager PIN</source>
        <translation>PIN del gerente</translation>
    </message>
    <message>
        <source>For the store&apos;s staff: the PIN to leave.</source>
        <translation>Para el personal de la tienda: el PIN para salir.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Model number keypad</source>
        <translation>Teclado del número de modelo</translation>
    </message>
    <message>
        <source>Letters, digits and a dash: they type into the model number box.</source>
        <translation>Letras, números y guion: se escriben en la casilla del número de modelo.</translation>
    </message>
    <message>
        <source>Checks this model number.</source>
        <translation>Verifica este número de modelo.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the model number.</source>
        <translation>Vuelve al número de modelo.</translation>
    </message>
    <message>
        <source>A few details</source>
        <translation>Algunos detalles</translation>
    </message>
    <message>
        <source>Your device</source>
        <translation>Su aparato</translation>
    </message>
    <message>
        <source>Where the serial number is</source>
        <translation>Dónde está el número de serie</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>What to type</source>
        <translation>Qué escribir</translation>
    </message>
    <message>
        <source>Serial length and feedback</source>
        <translation>Longitud del número de serie y observaciones</translation>
    </message>
    <message>
        <source>Serial number keypad</source>
        <translation>Teclado del número de serie</translation>
    </message>
    <message>
        <source>Letters, digits and a dash: they type into the serial number box.</source>
        <translation>Letras, números y guion: se escriben en la casilla del número de serie.</translation>
    </message>
    <message>
        <source>Checks this serial number.</source>
        <translation>Verifica este número de serie.</translation>
    </message>
    <message>
        <source>No serial number printed</source>
        <translation>No tiene número de serie impreso</translation>
    </message>
    <message>
        <source>Choose this when your device has no serial number on it.</source>
        <translation>Elija esto si su aparato no tiene número de serie.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Su resultado</translation>
    </message>
    <message>
        <source>Your slip</source>
        <translation>Su hoja</translation>
    </message>
    <message>
        <source>A picture of your slip: show it to a member of staff or photograph it.</source>
        <translation>Una imagen de su hoja: muéstresela a un empleado o tómele una foto.</translation>
    </message>
    <message>
        <source>Print my slip</source>
        <translation>Imprimir mi hoja</translation>
    </message>
    <message>
        <source>Prints a slip with your result and what to do next, to take home.</source>
        <translation>Imprime una hoja para llevar con su resultado y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <source>Enter the manager PIN to leave the kiosk</source>
        <translation>Ingrese el PIN del gerente para salir del quiosco</translation>
    </message>
    <message>
        <source>PIN message</source>
        <translation>Mensaje sobre el PIN</translation>
    </message>
    <message>
        <source>PIN keypad</source>
        <translation>Teclado del PIN</translation>
    </message>
    <message>
        <source>Digits: they type into the PIN box.</source>
        <translation>Números: se escriben en la casilla del PIN.</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Closes the kiosk when the PIN is right.</source>
        <translation>Cierra el quiosco si el PIN es correcto.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>Vuelve a la primera pantalla.</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Touch the screen to continue.</source>
        <translation>Toque la pantalla para continuar.</translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Keeps what you entered and goes on.</source>
        <translation>Conserva lo que ingresó y continúa.</translation>
    </message>
    <message>
        <source>No pictures of this kind of device yet: look on the bottom or the back for “Model”.</source>
        <translation>Aún no hay imágenes de este tipo de aparato: busque «Model» en la parte de abajo o de atrás.</translation>
    </message>
    <message>
        <source>{product}: the model number is printed near the marked labels.</source>
        <translation>{product}: el número de modelo está impreso cerca de las etiquetas marcadas.</translation>
    </message>
    <message>
        <source>{product}. The model number is here: {where}.</source>
        <translation>{product}. El número de modelo está aquí: {where}.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n s.</source>
        <translation>
            <numerusform>Demasiados PIN incorrectos: inténtelo de nuevo en %n segundo.</numerusform>
            <numerusform>Demasiados PIN incorrectos: inténtelo de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s before trying again.</source>
        <translation>
            <numerusform>Espere %n segundo antes de volver a intentarlo.</numerusform>
            <numerusform>Espere %n segundos antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? Starting over in %n s.</source>
        <translation>
            <numerusform>¿Sigue ahí? Se empezará de nuevo en %n segundo.</numerusform>
            <numerusform>¿Sigue ahí? Se empezará de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The label reads “{text}”.</source>
        <translation>La etiqueta dice «{text}».</translation>
    </message>
    <message>
        <source>Type the model number first, then press {key}.</source>
        <translation>Primero escriba el número de modelo y luego pulse {key}.</translation>
    </message>
    <message>
        <source>Type the serial number first, then press {key}.</source>
        <translation>Primero escriba el número de serie y luego pulse {key}.</translation>
    </message>
    <message>
        <source>That could not be read: check what you typed and try again.</source>
        <translation>No se pudo leer: revise lo que escribió e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{device}, model {model}</source>
        <translation>{device}, modelo {model}</translation>
    </message>
    <message>
        <source>Type the serial number exactly as printed.</source>
        <translation>Escriba el número de serie tal como aparece impreso.</translation>
    </message>
    <message>
        <source>Type the “{label}” exactly as printed.</source>
        <translation>Escriba el «{label}» tal como aparece impreso.</translation>
    </message>
    <message>
        <source>Where to find it: {where}.</source>
        <translation>Dónde encontrarlo: {where}.</translation>
    </message>
    <message>
        <source>Look for “{text}”.</source>
        <translation>Busque «{text}».</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Respuesta: {answer}</translation>
    </message>
    <message>
        <source>Your answer to the question “{question}”</source>
        <translation>Su respuesta a la pregunta «{question}»</translation>
    </message>
    <message>
        <source>Your slip (case {case}) is printing: take it from the printer.</source>
        <translation>Su hoja (caso {case}) se está imprimiendo: tómela de la impresora.</translation>
    </message>
    <message>
        <source>The printer did not answer ({problem}). Here is your slip on screen: ask a member of staff.</source>
        <translation>La impresora no responde ({problem}). Aquí está su hoja en pantalla: pida ayuda a un empleado.</translation>
    </message>
    <message>
        <source>Your slip, case {case}: show it to a member of staff or photograph it.</source>
        <translation>Su hoja, caso {case}: muéstresela a un empleado o tómele una foto.</translation>
    </message>
    <message>
        <source>No exit PIN is set: a manager sets one with “recall-desk kiosk set-pin”.</source>
        <translation>No hay un PIN de salida: un gerente lo configura con «recall-desk kiosk set-pin».</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>No exit PIN is set: the kiosk cannot be left from here.</source>
        <translation>No hay un PIN de salida: no se puede salir del quiosco desde aquí.</translation>
    </message>
</context>
</TS>
