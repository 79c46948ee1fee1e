<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>Recall Desk cannot open its catalog</source>
        <translation>Recall Desk no puede abrir su catálogo</translation>
    </message>
</context>
<context>
    <name>Barcode</name>
    <message>
        <source>not a picture</source>
        <translation>no es una imagen</translation>
    </message>
</context>
<context>
    <name>CheckLogDialog</name>
    <message>
        <source>Check log</source>
        <translation>Registro de verificaciones</translation>
    </message>
    <message>
        <source>Filter: model, serial, recall, station, clerk, case…</source>
        <translation>Filtrar: modelo, número de serie, retiro, puesto, empleado, caso…</translation>
    </message>
    <message>
        <source>Filter the check log</source>
        <translation>Filtrar el registro de verificaciones</translation>
    </message>
    <message>
        <source>Shows only the checks with these words</source>
        <translation>Muestra solo las verificaciones con estas palabras</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro por resultado</translation>
    </message>
    <message>
        <source>Shows only the checks with this outcome</source>
        <translation>Muestra solo las verificaciones con este resultado</translation>
    </message>
    <message>
        <source>Checks shown</source>
        <translation>Verificaciones mostradas</translation>
    </message>
    <message>
        <source>How many checks the filters show</source>
        <translation>Cuántas verificaciones muestran los filtros</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Every check, newest first</source>
        <translation>Todas las verificaciones, las más recientes primero</translation>
    </message>
    <message>
        <source>Daily summary</source>
        <translation>Resumen diario</translation>
    </message>
    <message>
        <source>The checks shown, counted by day</source>
        <translation>Las verificaciones mostradas, contadas por día</translation>
    </message>
    <message>
        <source>Check log views</source>
        <translation>Vistas del registro</translation>
    </message>
    <message>
        <source>The checks, or their daily summary</source>
        <translation>Las verificaciones, o su resumen diario</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Empties the filter</source>
        <translation>Vacía el filtro</translation>
    </message>
    <message>
        <source>Every check the filters show, newest first</source>
        <translation>Las verificaciones que muestran los filtros, las más recientes primero</translation>
    </message>
    <message>
        <source>The checks the filters show, counted by day</source>
        <translation>Las verificaciones que muestran los filtros, contadas por día</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Write the checks shown (with the filters) to a CSV file for Excel</source>
        <translation>Escribir las verificaciones mostradas (con los filtros) en un archivo CSV para Excel</translation>
    </message>
    <message>
        <source>Export the checks shown as CSV</source>
        <translation>Exportar como CSV las verificaciones mostradas</translation>
    </message>
    <message>
        <source>Writes the checks shown (with the filters) to a CSV file for Excel</source>
        <translation>Escribe las verificaciones mostradas (con los filtros) en un archivo CSV para Excel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the check log</source>
        <translation>Cierra el registro de verificaciones</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>What the export wrote</source>
        <translation>Lo que escribió la exportación</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} checks</source>
        <translation>
            <numerusform>{shown} de {total} verificación</numerusform>
            <numerusform>{shown} de {total} verificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the check log</source>
        <translation>Exportar el registro de verificaciones</translation>
    </message>
    <message>
        <source>CSV files ({patterns})</source>
        <translation>Archivos CSV ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {count} checks to {path}</source>
        <translation>
            <numerusform>{count} verificación escrita en {path}</numerusform>
            <numerusform>{count} verificaciones escritas en {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>CheckLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>not printed</source>
        <translation>no impresa</translation>
    </message>
</context>
<context>
    <name>DailySummaryModel</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afectados</translation>
    </message>
    <message>
        <source>Check with manufacturer</source>
        <translation>Consultar al fabricante</translation>
    </message>
    <message>
        <source>Slips printed</source>
        <translation>Hojas impresas</translation>
    </message>
</context>
<context>
    <name>FirstManagerBox</name>
    <message>
        <source>No clerks are set up, so nobody signs in and everyone may use every function, including catalog edits, log export and these settings. Create the first manager to require sign-in: from then on only a signed-in manager may do those.</source>
        <translation>No hay empleados registrados: nadie inicia sesión y todos pueden usar todas las funciones, incluidas la edición del catálogo, la exportación del registro y esta configuración. Cree el primer gerente para exigir el inicio de sesión: desde entonces, solo un gerente con sesión iniciada podrá hacerlo.</translation>
    </message>
    <message>
        <source>Clerks and sign-in</source>
        <translation>Empleados e inicio de sesión</translation>
    </message>
    <message>
        <source>Create the first manager of this station</source>
        <translation>Crear el primer gerente de este puesto</translation>
    </message>
    <message>
        <source>No clerks set up</source>
        <translation>Ningún empleado registrado</translation>
    </message>
    <message>
        <source>What creating the first manager changes</source>
        <translation>Lo que cambia al crear el primer gerente</translation>
    </message>
    <message>
        <source>Manager i&amp;d:</source>
        <translation>I&amp;dentificador del gerente:</translation>
    </message>
    <message>
        <source>New manager&apos;s id</source>
        <translation>Identificador del nuevo gerente</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes</source>
        <translation>Letras, dígitos, puntos, guiones</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>New manager&apos;s name</source>
        <translation>Nombre del nuevo gerente</translation>
    </message>
    <message>
        <source>The name shown when they sign in</source>
        <translation>El nombre que se muestra al iniciar sesión</translation>
    </message>
    <message>
        <source>P&amp;IN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>New manager&apos;s PIN</source>
        <translation>PIN del nuevo gerente</translation>
    </message>
    <message>
        <source>Optional: 4 or more characters</source>
        <translation>Opcional: 4 caracteres o más</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>PIN de n&amp;uevo:</translation>
    </message>
    <message>
        <source>New manager&apos;s PIN again</source>
        <translation>PIN del nuevo gerente, de nuevo</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>El mismo PIN otra vez</translation>
    </message>
    <message>
        <source>Create manager</source>
        <translation>Crear gerente</translation>
    </message>
    <message>
        <source>Create the first manager</source>
        <translation>Crear el primer gerente</translation>
    </message>
    <message>
        <source>Creates the manager and signs them in here</source>
        <translation>Crea el gerente e inicia su sesión aquí</translation>
    </message>
    <message>
        <source>Create manager result</source>
        <translation>Resultado de crear el gerente</translation>
    </message>
    <message>
        <source>What creating the manager did</source>
        <translation>Lo que hizo la creación del gerente</translation>
    </message>
    <message>
        <source>{clerk} is a manager and is signed in at this counter.</source>
        <translation>{clerk} es gerente y tiene la sesión iniciada en este mostrador.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <source>A clerk was added meanwhile (perhaps at another counter): sign in instead.</source>
        <translation>Se agregó un empleado mientras tanto (quizás en otro mostrador): inicie sesión en su lugar.</translation>
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
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC, serial or product name</source>
        <translation>Escanee o escriba un número de modelo, UPC, número de serie o nombre de producto</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC or serial</source>
        <translation>Escanee o escriba un número de modelo, UPC o número de serie</translation>
    </message>
    <message>
        <source>Enter checks what was typed; a scan anywhere in the window lands here and is checked</source>
        <translation>Intro verifica lo escrito; un escaneo hecho en cualquier lugar de la ventana llega aquí y se verifica</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Empties the entry</source>
        <translation>Vacía el campo de entrada</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Checks what the entry holds (Enter)</source>
        <translation>Verifica lo que contiene el campo de entrada (Intro)</translation>
    </message>
    <message>
        <source>New check</source>
        <translation>Nueva verificación</translation>
    </message>
    <message>
        <source>Forgets this check and starts a new one (Esc)</source>
        <translation>Olvida esta verificación y empieza otra (Esc)</translation>
    </message>
    <message>
        <source>Opening the recall catalog…</source>
        <translation>Abriendo el catálogo de retiros…</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Versión del catálogo</translation>
    </message>
    <message>
        <source>The recall catalog this counter checks</source>
        <translation>El catálogo de retiros que consulta este mostrador</translation>
    </message>
    <message>
        <source>Catalog age warning</source>
        <translation>Aviso de antigüedad del catálogo</translation>
    </message>
    <message>
        <source>Shown when the catalog is more than 30 days old</source>
        <translation>Se muestra cuando el catálogo tiene más de 30 días</translation>
    </message>
    <message>
        <source>Checks the barcode in a photo or a scan of a label</source>
        <translation>Verifica el código de barras de una foto o un escaneo de una etiqueta</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Imprimir la &amp;hoja…</translation>
    </message>
    <message>
        <source>The slip of this check for the customer</source>
        <translation>La hoja de esta verificación para el cliente</translation>
    </message>
    <message>
        <source>S&amp;weep inventory…</source>
        <translation>Revisar el in&amp;ventario…</translation>
    </message>
    <message>
        <source>Checks a stock list from the store&apos;s system against the catalog</source>
        <translation>Compara con el catálogo una lista de existencias del sistema de la tienda</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>The station, language, appearance, store, printer, scanner and kiosk</source>
        <translation>El puesto, el idioma, la apariencia, la tienda, la impresora, el escáner y el quiosco</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>Nobody is signed in at this counter afterwards</source>
        <translation>Después nadie tiene la sesión iniciada en este mostrador</translation>
    </message>
    <message>
        <source>&amp;Import recall data…</source>
        <translation>Importar &amp;datos de retiros…</translation>
    </message>
    <message>
        <source>Updates the catalog from a CPSC or Health Canada file or a head-office bundle</source>
        <translation>Actualiza el catálogo desde un archivo de la CPSC o de Health Canada, o un paquete de la sede central</translation>
    </message>
    <message>
        <source>&amp;Review imported findings…</source>
        <translation>&amp;Revisar hallazgos importados…</translation>
    </message>
    <message>
        <source>What an import could not be sure of, to confirm, correct or reject</source>
        <translation>Lo que una importación no pudo asegurar, para confirmar, corregir o rechazar</translation>
    </message>
    <message>
        <source>&amp;Edit catalog…</source>
        <translation>&amp;Editar catálogo…</translation>
    </message>
    <message>
        <source>Adds or changes a recall, its products, serial rule, questions and pictures</source>
        <translation>Agrega o cambia un retiro, sus productos, su regla de número de serie, sus preguntas e imágenes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Closes Recall Desk</source>
        <translation>Cierra Recall Desk</translation>
    </message>
    <message>
        <source>Check &amp;log</source>
        <translation>&amp;Registro de verificaciones</translation>
    </message>
    <message>
        <source>Every check at this counter, with filters and export</source>
        <translation>Todas las verificaciones de este mostrador, con filtros y exportación</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nueva verificación</translation>
    </message>
    <message>
        <source>Forgets this check and starts a new one</source>
        <translation>Olvida esta verificación y empieza otra</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>How to check a device at the counter</source>
        <translation>Cómo verificar un aparato en el mostrador</translation>
    </message>
    <message>
        <source>&amp;About Recall Desk</source>
        <translation>&amp;Acerca de Recall Desk</translation>
    </message>
    <message>
        <source>The version, the catalog and the database</source>
        <translation>La versión, el catálogo y la base de datos</translation>
    </message>
    <message>
        <source>Shows the interface in {language} from now on</source>
        <translation>Muestra la interfaz en {language} desde ahora</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>C&amp;atalog</source>
        <translation>&amp;Catálogo</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Veri&amp;ficación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Matching recalls</source>
        <translation>Retiros que coinciden</translation>
    </message>
    <message>
        <source>Recalls that match what is typed; Enter or a click checks that model</source>
        <translation>Los retiros que coinciden con lo escrito; Intro o un clic verifica ese modelo</translation>
    </message>
    <message>
        <source>Product details</source>
        <translation>Detalles del producto</translation>
    </message>
    <message>
        <source>Pictures, labels, serial number and questions</source>
        <translation>Imágenes, etiquetas, número de serie y preguntas</translation>
    </message>
    <message>
        <source>The {language} translation could not be loaded.</source>
        <translation>No se pudo cargar la traducción «{language}».</translation>
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
        <translation>&lt;h3&gt;Recall Desk en el mostrador&lt;/h3&gt;
&lt;ol&gt;
&lt;li&gt;Escanee el código de barras o escriba el número de modelo impreso en el aparato (o palabras de su nombre). Un escaneo llega al campo de entrada, esté donde esté.&lt;/li&gt;
&lt;li&gt;Pulse &lt;b&gt;Intro&lt;/b&gt; para verificar. Las imágenes muestran dónde están las etiquetas del modelo y del número de serie.&lt;/li&gt;
&lt;li&gt;Responda lo que se pregunta: el número de serie, el color, un código dentro de la tapa.&lt;/li&gt;
&lt;li&gt;Lea el resultado en voz alta: &lt;b&gt;afectado&lt;/b&gt;, &lt;b&gt;no afectado&lt;/b&gt;, &lt;b&gt;consultar al fabricante&lt;/b&gt; o &lt;b&gt;ningún retiro registrado&lt;/b&gt; a la fecha del catálogo (nunca «seguro»).&lt;/li&gt;
&lt;/ol&gt;
&lt;table&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;verificar&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nueva verificación&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leer un código de barras de una imagen&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Mayús+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;registro de verificaciones&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;esta ayuda&lt;/td&gt;&lt;/tr&gt;
&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;siguiente control&lt;/td&gt;&lt;/tr&gt;
&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{count} recalls</source>
        <translation>
            <numerusform>{count} retiro</numerusform>
            <numerusform>{count} retiros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} model numbers</source>
        <translation>
            <numerusform>{count} número de modelo</numerusform>
            <numerusform>{count} números de modelo</numerusform>
        </translation>
    </message>
    <message>
        <source>{recalls}, {models} · Station: {station}</source>
        <translation>{recalls}, {models} · Puesto: {station}</translation>
    </message>
    <message>
        <source>Catalog {version}, published {published}</source>
        <translation>Catálogo {version}, publicado el {published}</translation>
    </message>
    <message>
        <source>Catalog {version} is {days} days old: import a newer one</source>
        <translation>El catálogo {version} tiene {days} días: importe uno más reciente</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Read a barcode from a picture</source>
        <translation>Leer un código de barras de una imagen</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Imágenes ({patterns})</translation>
    </message>
    <message>
        <source>Cannot read the picture</source>
        <translation>No se puede leer la imagen</translation>
    </message>
    <message>
        <source>No barcode found</source>
        <translation>No se encontró ningún código de barras</translation>
    </message>
    <message>
        <source>No barcode was found in {file}. Try a sharper, closer photo.</source>
        <translation>No se encontró ningún código de barras en {file}. Pruebe con una foto más nítida y más cercana.</translation>
    </message>
    <message>
        <source>Checked {code}; the picture also holds {others}</source>
        <translation>Se verificó {code}; la imagen también contiene {others}</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gerente</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>Needs a manager: sign in as a manager first (status bar: Sign in…)</source>
        <translation>Requiere un gerente: inicie sesión primero como gerente (barra de estado: Iniciar sesión…)</translation>
    </message>
    <message>
        <source>Needs a manager: {clerk} is signed in as a {role}</source>
        <translation>Requiere un gerente: {clerk} tiene la sesión iniciada como {role}</translation>
    </message>
    <message>
        <source>Signed in: {clerk}, {role}</source>
        <translation>Sesión iniciada: {clerk}, {role}</translation>
    </message>
    <message>
        <source>Sign in as someone else (File → Sign out to sign out)</source>
        <translation>Iniciar sesión como otra persona (Archivo → Cerrar sesión para salir)</translation>
    </message>
    <message>
        <source>Open station: no sign-in</source>
        <translation>Puesto abierto: sin sesión</translation>
    </message>
    <message>
        <source>No clerks are set up: every function is open to everyone until a manager is created in File → Settings</source>
        <translation>No hay empleados registrados: todas las funciones están abiertas a todos hasta que se cree un gerente en Archivo → Configuración</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in with your clerk id and PIN</source>
        <translation>Iniciar sesión con su identificador y su PIN</translation>
    </message>
    <message>
        <source>Read barcode from i&amp;mage…</source>
        <translation>Leer código de barras de una &amp;imagen…</translation>
    </message>
    <message>
        <source>Sign i&amp;n…</source>
        <translation>I&amp;niciar sesión…</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Signed in: {clerk}</source>
        <translation>Sesión iniciada: {clerk}</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Recall Desk help</source>
        <translation>Ayuda de Recall Desk</translation>
    </message>
    <message>
        <source>still opening</source>
        <translation>todavía abriéndose</translation>
    </message>
    <message>
        <source>About Recall Desk</source>
        <translation>Acerca de Recall Desk</translation>
    </message>
    <message>
        <source>Recall Desk {version}
Catalog {catalog}, published {published}
Database: {database}</source>
        <translation>Recall Desk {version}
Catálogo {catalog}, publicado el {published}
Base de datos: {database}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>affected</source>
        <translation>afectado</translation>
    </message>
    <message>
        <source>check with the manufacturer</source>
        <translation>consultar al fabricante</translation>
    </message>
    <message>
        <source>serial needed</source>
        <translation>falta el número de serie</translation>
    </message>
    <message>
        <source>question to answer</source>
        <translation>pregunta pendiente</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>no afectado</translation>
    </message>
    <message>
        <source>no recall on file</source>
        <translation>ningún retiro registrado</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <source>Model label</source>
        <translation>Etiqueta del modelo</translation>
    </message>
    <message>
        <source>Serial label</source>
        <translation>Etiqueta del número de serie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Parte superior</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Parte inferior</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lateral</translation>
    </message>
    <message>
        <source>Inside the lid</source>
        <translation>Dentro de la tapa</translation>
    </message>
    <message>
        <source>Inside the case</source>
        <translation>Dentro del estuche</translation>
    </message>
    <message>
        <source>{picture}. Click or press Enter to zoom.</source>
        <translation>{picture}. Haga clic o pulse Intro para ampliar.</translation>
    </message>
    <message>
        <source>{picture}.</source>
        <translation>{picture}.</translation>
    </message>
    <message>
        <source>Picture views</source>
        <translation>Vistas del aparato</translation>
    </message>
    <message>
        <source>The views of the device: pick one to see it</source>
        <translation>Las vistas del aparato: elija una para verla</translation>
    </message>
    <message>
        <source>Device picture</source>
        <translation>Imagen del aparato</translation>
    </message>
    <message>
        <source>Shows where the model and serial labels are. Click or press Enter to zoom.</source>
        <translation>Muestra dónde están las etiquetas del modelo y del número de serie. Haga clic o pulse Intro para ampliar.</translation>
    </message>
</context>
<context>
    <name>ProductPanel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>The product the check found, and what it needs</source>
        <translation>El producto que encontró la verificación y lo que aún hace falta</translation>
    </message>
    <message>
        <source>Serial number as printed</source>
        <translation>Número de serie tal como está impreso</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Type or scan the serial number as printed on the label, then press Enter</source>
        <translation>Escriba o escanee el número de serie tal como está impreso en la etiqueta y pulse Intro</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Empties the serial number</source>
        <translation>Vacía el número de serie</translation>
    </message>
    <message>
        <source>Check serial</source>
        <translation>Verificar n.º de serie</translation>
    </message>
    <message>
        <source>Check this serial number</source>
        <translation>Verificar este número de serie</translation>
    </message>
    <message>
        <source>Checks the serial number typed</source>
        <translation>Verifica el número de serie escrito</translation>
    </message>
    <message>
        <source>Serial length</source>
        <translation>Longitud del número de serie</translation>
    </message>
    <message>
        <source>Characters typed so far</source>
        <translation>Caracteres escritos hasta ahora</translation>
    </message>
    <message>
        <source>Serial feedback</source>
        <translation>Observaciones sobre el número de serie</translation>
    </message>
    <message>
        <source>What looks wrong in the serial typed</source>
        <translation>Lo que parece incorrecto en el número de serie escrito</translation>
    </message>
    <message>
        <source>No serial number printed</source>
        <translation>Sin número de serie impreso</translation>
    </message>
    <message>
        <source>No serial number printed on the unit</source>
        <translation>No hay número de serie impreso en el aparato</translation>
    </message>
    <message>
        <source>Check this when the unit has no serial number on it</source>
        <translation>Marque esta casilla si el aparato no tiene número de serie</translation>
    </message>
    <message>
        <source>{brand} {product}  ·  model {model}</source>
        <translation>{brand} {product}  ·  modelo {model}</translation>
    </message>
    <message>
        <source>Model label: {where}</source>
        <translation>Etiqueta del modelo: {where}</translation>
    </message>
    <message>
        <source>Serial number label: {where}</source>
        <translation>Etiqueta del número de serie: {where}</translation>
    </message>
    <message>
        <source>{label} label: {where}</source>
        <translation>Etiqueta «{label}»: {where}</translation>
    </message>
    <message>
        <source>Enter the serial number as printed.</source>
        <translation>Introduzca el número de serie tal como está impreso.</translation>
    </message>
    <message>
        <source>Enter the {label} as printed.</source>
        <translation>Introduzca el «{label}» tal como está impreso.</translation>
    </message>
    <message>
        <source> — reads “{text}”</source>
        <translation> — dice «{text}»</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Question: {question}</source>
        <translation>Pregunta: {question}</translation>
    </message>
    <message>
        <source>Choose the answer below.</source>
        <translation>Elija la respuesta abajo.</translation>
    </message>
    <message>
        <source>Answer to the question: {question}</source>
        <translation>Respuesta a la pregunta: {question}</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>unknown receipt printer profile {name} (known: {names}, …)</source>
        <translation>perfil de impresora de recibos desconocido: {name} (conocidos: {names}, …)</translation>
    </message>
    <message>
        <source>no {kind} receipt printer is set: choose one in File → Settings</source>
        <translation>no hay ninguna impresora de recibos ({kind}) indicada: elija una en Archivo → Configuración</translation>
    </message>
    <message>
        <source>{target} is not host or host:port</source>
        <translation>{target} no tiene la forma host o host:puerto</translation>
    </message>
    <message>
        <source>{target} is not a USB vendor:product id such as 04b8:0202</source>
        <translation>{target} no es un identificador USB fabricante:producto como 04b8:0202</translation>
    </message>
    <message>
        <source>{target} is not a serial device such as /dev/ttyUSB0@9600</source>
        <translation>{target} no es un puerto serie como /dev/ttyUSB0@9600</translation>
    </message>
    <message>
        <source>unknown receipt printer kind {kind} (one of {kinds})</source>
        <translation>tipo de impresora de recibos desconocido: {kind} (uno de {kinds})</translation>
    </message>
    <message>
        <source>a receipt printer takes 80mm or 58mm paper</source>
        <translation>una impresora de recibos usa papel de 80 mm o de 58 mm</translation>
    </message>
    <message>
        <source>the receipt printer failed: {reason}</source>
        <translation>la impresora de recibos falló: {reason}</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>{agency} (no number)</source>
        <translation>{agency} (sin número)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>SerialFeedback</name>
    <message numerus="yes">
        <source>{count} characters</source>
        <translation>
            <numerusform>{count} carácter</numerusform>
            <numerusform>{count} caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>This serial number {problem}.</source>
        <translation>Este número de serie: {problem}.</translation>
    </message>
    <message>
        <source>This {label} {problem}.</source>
        <translation>Este «{label}»: {problem}.</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Station &amp;name (printed on slips, kept in the log):</source>
        <translation>&amp;Nombre del puesto (en las hojas y en el registro):</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Slip &amp;paper:</source>
        <translation>&amp;Papel de las hojas:</translation>
    </message>
    <message>
        <source>Slip &amp;language:</source>
        <translation>&amp;Idioma de las hojas:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;erfil:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Start &amp;over after idle:</source>
        <translation>Reiniciar tras &amp;inactividad:</translation>
    </message>
    <message>
        <source>&amp;Manager&apos;s exit PIN:</source>
        <translation>PIN de salida del ge&amp;rente:</translation>
    </message>
    <message>
        <source>E&amp;xit PIN again:</source>
        <translation>PIN de salida de n&amp;uevo:</translation>
    </message>
    <message>
        <source>The station&apos;s name, the interface&apos;s language and appearance</source>
        <translation>El nombre del puesto, el idioma y la apariencia de la interfaz</translation>
    </message>
    <message>
        <source>The store&apos;s name, address and phone, and the slips&apos; paper and language</source>
        <translation>El nombre, la dirección y el teléfono de la tienda, y el papel y el idioma de las hojas</translation>
    </message>
    <message>
        <source>The ESC/POS receipt printer and how it is connected</source>
        <translation>La impresora de recibos ESC/POS y cómo está conectada</translation>
    </message>
    <message>
        <source>Whether the counter&apos;s scanner types the codes right</source>
        <translation>Si el escáner del mostrador escribe bien los códigos</translation>
    </message>
    <message>
        <source>The customers&apos; self-service kiosk</source>
        <translation>El quiosco de autoservicio para clientes</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <source>Store and slips</source>
        <translation>Tienda y hojas</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Impresora de recibos</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Prueba del escáner</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>The counter, the store, the printer, the scanner, the kiosk</source>
        <translation>El mostrador, la tienda, la impresora, el escáner, el quiosco</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nombre del puesto</translation>
    </message>
    <message>
        <source>This counter&apos;s name, printed on slips and kept in the log</source>
        <translation>El nombre de este mostrador, impreso en las hojas y guardado en el registro</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of the window; it changes when you save</source>
        <translation>El idioma de la ventana; cambia al guardar</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark colours, or the system&apos;s</source>
        <translation>Colores claros u oscuros, o los del sistema</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Printed at the top of every slip</source>
        <translation>Se imprime arriba de cada hoja</translation>
    </message>
    <message>
        <source>Store address</source>
        <translation>Dirección de la tienda</translation>
    </message>
    <message>
        <source>Up to four lines, printed on every slip</source>
        <translation>Hasta cuatro líneas, impresas en cada hoja</translation>
    </message>
    <message>
        <source>Store phone</source>
        <translation>Teléfono de la tienda</translation>
    </message>
    <message>
        <source>Printed on every slip</source>
        <translation>Se imprime en cada hoja</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Recibo de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt</source>
        <translation>Recibo de 58 mm</translation>
    </message>
    <message>
        <source>Default slip paper</source>
        <translation>Papel predeterminado de las hojas</translation>
    </message>
    <message>
        <source>The paper a slip is made on unless the clerk picks another</source>
        <translation>El papel de una hoja, salvo que el empleado elija otro</translation>
    </message>
    <message>
        <source>Default slip language</source>
        <translation>Idioma predeterminado de las hojas</translation>
    </message>
    <message>
        <source>The customer&apos;s slip is in this language unless the clerk picks another</source>
        <translation>La hoja del cliente está en este idioma, salvo que el empleado elija otro</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Network (raw port 9100)</source>
        <translation>Red (puerto raw 9100)</translation>
    </message>
    <message>
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>Puerto serie</translation>
    </message>
    <message>
        <source>File or device file</source>
        <translation>Archivo o archivo de dispositivo</translation>
    </message>
    <message>
        <source>Receipt printer connection</source>
        <translation>Conexión de la impresora de recibos</translation>
    </message>
    <message>
        <source>How the receipt printer is connected</source>
        <translation>Cómo está conectada la impresora de recibos</translation>
    </message>
    <message>
        <source>Receipt printer address</source>
        <translation>Dirección de la impresora de recibos</translation>
    </message>
    <message>
        <source>Where the receipt printer is, as its connection needs</source>
        <translation>Dónde está la impresora de recibos, según su conexión</translation>
    </message>
    <message>
        <source>Receipt printer profile</source>
        <translation>Perfil de la impresora de recibos</translation>
    </message>
    <message>
        <source>The printer&apos;s model in python-escpos&apos;s printer database</source>
        <translation>El modelo de la impresora en la base de impresoras de python-escpos</translation>
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
        <translation>Papel de la impresora de recibos</translation>
    </message>
    <message>
        <source>The width of the receipt paper</source>
        <translation>El ancho del papel de recibos</translation>
    </message>
    <message>
        <source>Scan this code ({code}) with the counter&apos;s scanner:</source>
        <translation>Escanee este código ({code}) con el escáner del mostrador:</translation>
    </message>
    <message>
        <source>Test barcode {code}</source>
        <translation>Código de barras de prueba {code}</translation>
    </message>
    <message>
        <source>A Code 128 barcode to scan with the counter&apos;s scanner</source>
        <translation>Un código de barras Code 128 para escanear con el escáner del mostrador</translation>
    </message>
    <message>
        <source>Click here, then scan the barcode above</source>
        <translation>Haga clic aquí y escanee el código de barras de arriba</translation>
    </message>
    <message>
        <source>Scan the test barcode here</source>
        <translation>Escanee aquí el código de barras de prueba</translation>
    </message>
    <message>
        <source>Says whether the scanner&apos;s keyboard layout garbles scans</source>
        <translation>Indica si la distribución de teclado del escáner altera los escaneos</translation>
    </message>
    <message>
        <source>Scanner test result</source>
        <translation>Resultado de la prueba del escáner</translation>
    </message>
    <message>
        <source>What the scan test found</source>
        <translation>Lo que encontró la prueba del escáner</translation>
    </message>
    <message>
        <source>Start Recall Desk as the customers&apos; kiosk</source>
        <translation>Iniciar Recall Desk como quiosco para los clientes</translation>
    </message>
    <message>
        <source>Start as the customers&apos; kiosk</source>
        <translation>Iniciar como quiosco para los clientes</translation>
    </message>
    <message>
        <source>From the next start, this station is the customers&apos; self-service kiosk</source>
        <translation>Desde el próximo inicio, este puesto es el quiosco de autoservicio para clientes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Kiosk idle seconds before starting over</source>
        <translation>Segundos de inactividad antes de que el quiosco se reinicie</translation>
    </message>
    <message>
        <source>After this many seconds without a touch the kiosk forgets the customer</source>
        <translation>Tras estos segundos sin contacto, el quiosco olvida al cliente</translation>
    </message>
    <message>
        <source>set: leave empty to keep</source>
        <translation>definido: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <source>not set: 4 or more digits</source>
        <translation>sin definir: 4 dígitos o más</translation>
    </message>
    <message>
        <source>New kiosk exit PIN</source>
        <translation>Nuevo PIN de salida del quiosco</translation>
    </message>
    <message>
        <source>The PIN a manager types to leave the kiosk, digits only</source>
        <translation>El PIN que un gerente escribe para salir del quiosco, solo dígitos</translation>
    </message>
    <message>
        <source>Kiosk exit PIN again</source>
        <translation>PIN de salida del quiosco, de nuevo</translation>
    </message>
    <message>
        <source>The same PIN again, to be sure of it</source>
        <translation>El mismo PIN otra vez, para asegurarse</translation>
    </message>
    <message>
        <source>Kiosk PIN message</source>
        <translation>Mensaje sobre el PIN del quiosco</translation>
    </message>
    <message>
        <source>What is wrong with the exit PIN</source>
        <translation>Lo que está mal en el PIN de salida</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keeps these settings and closes</source>
        <translation>Guarda esta configuración y cierra</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes without changing anything</source>
        <translation>Cierra sin cambiar nada</translation>
    </message>
    <message>
        <source>Generic ESC/POS printer (default)</source>
        <translation>Impresora ESC/POS genérica (predeterminada)</translation>
    </message>
    <message>
        <source>host or host:port, e.g. {example}</source>
        <translation>host o host:puerto, p. ej. {example}</translation>
    </message>
    <message>
        <source>vendor:product in hex, e.g. {example}</source>
        <translation>fabricante:producto en hexadecimal, p. ej. {example}</translation>
    </message>
    <message>
        <source>device[@baud], e.g. {example}</source>
        <translation>dispositivo[@baudios], p. ej. {example}</translation>
    </message>
    <message>
        <source>a path, e.g. {example}</source>
        <translation>una ruta, p. ej. {example}</translation>
    </message>
    <message>
        <source>The two exit PINs differ.</source>
        <translation>Los dos PIN de salida no coinciden.</translation>
    </message>
    <message>
        <source>The exit PIN must be {min} to {max} digits (the kiosk&apos;s keypad has digits only).</source>
        <translation>El PIN de salida debe tener de {min} a {max} dígitos (el teclado del quiosco solo tiene dígitos).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Clerk id:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>Clerk id</source>
        <translation>Identificador del empleado</translation>
    </message>
    <message>
        <source>The id a manager gave you</source>
        <translation>El identificador que le dio un gerente</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>leave empty if you have none</source>
        <translation>déjelo vacío si no tiene</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Your PIN; leave it empty if you have none</source>
        <translation>Su PIN; déjelo vacío si no tiene</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Why the sign-in was refused</source>
        <translation>Por qué se rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>Signs you in at this counter</source>
        <translation>Inicia su sesión en este mostrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes without signing in</source>
        <translation>Cierra sin iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SlipDialog</name>
    <message>
        <source>Print slip</source>
        <translation>Imprimir la hoja</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>80 mm receipt</source>
        <translation>Recibo de 80 mm</translation>
    </message>
    <message>
        <source>58 mm receipt</source>
        <translation>Recibo de 58 mm</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>P&amp;apel:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The paper the slip is made for</source>
        <translation>El papel para el que se prepara la hoja</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Slip language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <source>The customer&apos;s language: the slip is printed in it</source>
        <translation>El idioma del cliente: la hoja se imprime en ese idioma</translation>
    </message>
    <message>
        <source>Recall {recall} ({agency}): {outcome}</source>
        <translation>Retiro {recall} ({agency}): {outcome}</translation>
    </message>
    <message>
        <source>Recall on the slip</source>
        <translation>Retiro en la hoja</translation>
    </message>
    <message>
        <source>Several recalls name this model: the one the slip is about</source>
        <translation>Varios retiros nombran este modelo: aquel del que trata la hoja</translation>
    </message>
    <message>
        <source>Case {case}</source>
        <translation>Caso {case}</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>The case number printed on the slip</source>
        <translation>El número de caso impreso en la hoja</translation>
    </message>
    <message>
        <source>Slip preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>The slip as it will be printed</source>
        <translation>La hoja tal como se imprimirá</translation>
    </message>
    <message>
        <source>Slip status</source>
        <translation>Estado de la hoja</translation>
    </message>
    <message>
        <source>What was done with the slip</source>
        <translation>Lo que se hizo con la hoja</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Prints the slip on a printer you choose</source>
        <translation>Imprime la hoja en la impresora que elija</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>Saves the slip as a PDF file</source>
        <translation>Guarda la hoja como archivo PDF</translation>
    </message>
    <message>
        <source>Send to &amp;receipt printer</source>
        <translation>Enviar a la impresora de &amp;recibos</translation>
    </message>
    <message>
        <source>Send to receipt printer</source>
        <translation>Enviar a la impresora de recibos</translation>
    </message>
    <message>
        <source>Prints the slip on the counter&apos;s receipt printer</source>
        <translation>Imprime la hoja en la impresora de recibos del mostrador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the slip preview</source>
        <translation>Cierra la vista previa de la hoja</translation>
    </message>
    <message>
        <source>Set up a receipt printer in File → Settings</source>
        <translation>Configure una impresora de recibos en Archivo → Configuración</translation>
    </message>
    <message>
        <source>The slip could not be drawn: {reason}</source>
        <translation>No se pudo dibujar la hoja: {reason}</translation>
    </message>
    <message>
        <source>Not printed: {reason}</source>
        <translation>No impresa: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Printed case {case} ({pages} pages).</source>
        <translation>
            <numerusform>Caso {case} impreso ({pages} página).</numerusform>
            <numerusform>Caso {case} impreso ({pages} páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardada: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {file} ({pages} pages).</source>
        <translation>
            <numerusform>{file} guardado ({pages} página).</numerusform>
            <numerusform>{file} guardado ({pages} páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>No receipt printer is set up: choose one in File → Settings.</source>
        <translation>No hay ninguna impresora de recibos configurada: elija una en Archivo → Configuración.</translation>
    </message>
    <message>
        <source>Not sent: {reason}</source>
        <translation>No enviada: {reason}</translation>
    </message>
    <message>
        <source>Sent case {case} to the receipt printer ({profile}).</source>
        <translation>Caso {case} enviado a la impresora de recibos ({profile}).</translation>
    </message>
    <message>
        <source>Sent case {case} to the receipt printer ({profile}, printer&apos;s own {codes}).</source>
        <translation>Caso {case} enviado a la impresora de recibos ({profile}, {codes} trazados por la impresora).</translation>
    </message>
    <message>
        <source>Save the slip as PDF</source>
        <translation>Guardar la hoja como PDF</translation>
    </message>
    <message>
        <source>PDF files ({patterns})</source>
        <translation>Archivos PDF ({patterns})</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>SlipRender</name>
    <message>
        <source>the printer could not start a new page</source>
        <translation>la impresora no pudo empezar una página nueva</translation>
    </message>
    <message>
        <source>cannot start drawing on the PDF or printer</source>
        <translation>no se puede empezar a dibujar en el PDF o la impresora</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>cannot write {path}</source>
        <translation>no se puede escribir {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>cannot write in the folder {folder}</source>
        <translation>no se puede escribir en la carpeta {folder}</translation>
    </message>
    <message>
        <source>cannot overwrite {path}</source>
        <translation>no se puede sobrescribir {path}</translation>
    </message>
</context>
<context>
    <name>VerdictBanner</name>
    <message>
        <source>READY TO CHECK</source>
        <translation>LISTO PARA VERIFICAR</translation>
    </message>
    <message>
        <source>NOTHING TO CHECK</source>
        <translation>NADA QUE VERIFICAR</translation>
    </message>
    <message>
        <source>NO RECALL ON FILE as of {date}</source>
        <translation>NINGÚN RETIRO REGISTRADO al {date}</translation>
    </message>
    <message>
        <source>AFFECTED: stop using this device</source>
        <translation>AFECTADO: deje de usar este aparato</translation>
    </message>
    <message>
        <source>CHECK WITH THE MANUFACTURER: stop using it until they confirm</source>
        <translation>CONSULTE AL FABRICANTE: deje de usarlo hasta que lo confirme</translation>
    </message>
    <message>
        <source>SERIAL NEEDED</source>
        <translation>FALTA EL NÚMERO DE SERIE</translation>
    </message>
    <message>
        <source>ONE MORE QUESTION</source>
        <translation>UNA PREGUNTA MÁS</translation>
    </message>
    <message>
        <source>NOT AFFECTED</source>
        <translation>NO AFECTADO</translation>
    </message>
    <message>
        <source>Catalog {version}, published {published}</source>
        <translation>Catálogo {version}, publicado el {published}</translation>
    </message>
    <message>
        <source>{agency} (no recall number published)</source>
        <translation>{agency} (sin número de retiro publicado)</translation>
    </message>
    <message>
        <source>{recall}, {date}: {outcome}</source>
        <translation>{recall}, del {date}: {outcome}</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Scan or type a model number, UPC or serial; or words of the product name.</source>
        <translation>Escanee o escriba un número de modelo, UPC o número de serie, o palabras del nombre del producto.</translation>
    </message>
    <message>
        <source>Opening the recall catalog…</source>
        <translation>Abriendo el catálogo de retiros…</translation>
    </message>
</context>
<context>
    <name>VerdictIcon</name>
    <message>
        <source>Stop sign</source>
        <translation>Señal de alto</translation>
    </message>
    <message>
        <source>Warning triangle</source>
        <translation>Triángulo de advertencia</translation>
    </message>
    <message>
        <source>Question mark</source>
        <translation>Signo de interrogación</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>Marca de verificación</translation>
    </message>
    <message>
        <source>Information sign</source>
        <translation>Símbolo de información</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>Símbolo del resultado</translation>
    </message>
</context>
<context>
    <name>ZoomDialog</name>
    <message>
        <source>Zoomed picture</source>
        <translation>Imagen ampliada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the zoomed picture</source>
        <translation>Cierra la imagen ampliada</translation>
    </message>
</context>
</TS>
