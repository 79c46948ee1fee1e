<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message>
        <source>Replace</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Gift card</source>
        <translation>Tarjeta de regalo</translation>
    </message>
    <message>
        <source>Store credit</source>
        <translation>Crédito en tienda</translation>
    </message>
    <message>
        <source>from the bundled catalog</source>
        <translation>del catálogo incluido</translation>
    </message>
    <message>
        <source>imported from CPSC</source>
        <translation>importado de la CPSC</translation>
    </message>
    <message>
        <source>imported from Health Canada</source>
        <translation>importado de Health Canada</translation>
    </message>
    <message>
        <source>added here</source>
        <translation>añadido aquí</translation>
    </message>
    <message>
        <source>from a catalog file</source>
        <translation>de un archivo de catálogo</translation>
    </message>
    <message>
        <source>Edit catalog</source>
        <translation>Editar el catálogo</translation>
    </message>
    <message>
        <source>The catalog&apos;s recalls on the left; the chosen recall&apos;s details, products and pictures.</source>
        <translation>Los retiros del catálogo a la izquierda; a la derecha, los datos, productos e imágenes del retiro elegido.</translation>
    </message>
    <message>
        <source>Search the recalls</source>
        <translation>Buscar en los retiros</translation>
    </message>
    <message>
        <source>Shows only the recalls with these words in any column.</source>
        <translation>Muestra solo los retiros que contienen estas palabras en alguna columna.</translation>
    </message>
    <message>
        <source>Search: recall number, brand, model, title…</source>
        <translation>Buscar: retiro, marca, modelo, título…</translation>
    </message>
    <message>
        <source>Recalls in the catalog</source>
        <translation>Retiros del catálogo</translation>
    </message>
    <message>
        <source>Choose a recall to edit it on the right.</source>
        <translation>Elija un retiro para editarlo a la derecha.</translation>
    </message>
    <message>
        <source>Recalls shown</source>
        <translation>Retiros mostrados</translation>
    </message>
    <message>
        <source>&amp;New recall</source>
        <translation>&amp;Nuevo retiro</translation>
    </message>
    <message>
        <source>Add a new recall</source>
        <translation>Añadir un retiro nuevo</translation>
    </message>
    <message>
        <source>Starts an empty recall with one product.</source>
        <translation>Empieza un retiro vacío con un producto.</translation>
    </message>
    <message>
        <source>Recall being edited</source>
        <translation>Retiro en edición</translation>
    </message>
    <message>
        <source>Where the recall comes from</source>
        <translation>Origen del retiro</translation>
    </message>
    <message>
        <source>Recall sections</source>
        <translation>Secciones del retiro</translation>
    </message>
    <message>
        <source>The recall, its remedy and contact, and its products.</source>
        <translation>El retiro, su solución y contacto, y sus productos.</translation>
    </message>
    <message>
        <source>&amp;Recall</source>
        <translation>&amp;Retiro</translation>
    </message>
    <message>
        <source>Remedy &amp;&amp; &amp;contact</source>
        <translation>Solución &amp;&amp; &amp;contacto</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <source>Editor message</source>
        <translation>Mensaje del editor</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the recall</source>
        <translation>Guardar el retiro</translation>
    </message>
    <message>
        <source>Checks the recall as a catalog file is checked, then stores it as edited here.</source>
        <translation>Verifica el retiro como un archivo de catálogo y luego lo guarda como editado aquí.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Undo the changes not saved</source>
        <translation>Deshacer los cambios sin guardar</translation>
    </message>
    <message>
        <source>Shows the recall as it is stored.</source>
        <translation>Muestra el retiro tal como está guardado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <source>Closes the editor, asking first when changes are not saved.</source>
        <translation>Cierra el editor, preguntando antes si hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <source>Recall key</source>
        <translation>Clave del retiro</translation>
    </message>
    <message>
        <source>The recall&apos;s key in the catalog; it cannot be changed once saved.</source>
        <translation>La clave del retiro en el catálogo; no se puede cambiar una vez guardado.</translation>
    </message>
    <message>
        <source>made from the agency and number when left empty</source>
        <translation>se forma con el organismo y el número si queda vacía</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Who published the recall.</source>
        <translation>Quién publicó el retiro.</translation>
    </message>
    <message>
        <source>e.g. CPSC, Health Canada, or the maker</source>
        <translation>p. ej., CPSC, Health Canada o el fabricante</translation>
    </message>
    <message>
        <source>Recall number</source>
        <translation>Número de retiro</translation>
    </message>
    <message>
        <source>The recall&apos;s number, as the agency writes it.</source>
        <translation>El número del retiro, tal como lo escribe el organismo.</translation>
    </message>
    <message>
        <source>as the agency writes it, e.g. 25-466</source>
        <translation>tal como lo escribe el organismo, p. ej., 25-466</translation>
    </message>
    <message>
        <source>Recall date</source>
        <translation>Fecha del retiro</translation>
    </message>
    <message>
        <source>The date of the recall: year, month and day, or year and month, or year.</source>
        <translation>La fecha del retiro: año, mes y día, o año y mes, o año.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM o AAAA</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The recall notice&apos;s title.</source>
        <translation>El título del aviso de retiro.</translation>
    </message>
    <message>
        <source>the notice&apos;s title</source>
        <translation>el título del aviso</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>Peligro</translation>
    </message>
    <message>
        <source>The hazard, as the notice describes it.</source>
        <translation>El peligro, tal como lo describe el aviso.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>The incidents and injuries the notice reports.</source>
        <translation>Los incidentes y lesiones que informa el aviso.</translation>
    </message>
    <message>
        <source>Notice address (URL)</source>
        <translation>Dirección del aviso (URL)</translation>
    </message>
    <message>
        <source>The web address of the recall notice.</source>
        <translation>La dirección web del aviso de retiro.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes for the counter, one a line.</source>
        <translation>Notas para el mostrador, una por línea.</translation>
    </message>
    <message>
        <source>One note a line</source>
        <translation>Una nota por línea</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;úmero:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Hazard:</source>
        <translation>&amp;Peligro:</translation>
    </message>
    <message>
        <source>&amp;Incidents:</source>
        <translation>&amp;Incidentes:</translation>
    </message>
    <message>
        <source>Notice &amp;URL:</source>
        <translation>&amp;URL del aviso:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Sources, units sold and where it was sold are kept as they are.</source>
        <translation>Las fuentes, las unidades vendidas y los lugares de venta se conservan tal cual.</translation>
    </message>
    <message>
        <source>Remedy: {kind}</source>
        <translation>Solución: {kind}</translation>
    </message>
    <message>
        <source>Ticked when the notice offers this remedy.</source>
        <translation>Marcado cuando el aviso ofrece esta solución.</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>What the notice tells the owner to do, in its words.</source>
        <translation>Lo que el aviso indica al propietario que haga, con sus palabras.</translation>
    </message>
    <message>
        <source>What the owner should do</source>
        <translation>Lo que debe hacer el propietario</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>What the owner gets in exchange, as the notice says it.</source>
        <translation>Lo que recibe el propietario a cambio, tal como lo dice el aviso.</translation>
    </message>
    <message>
        <source>what the owner gets, e.g. a free replacement</source>
        <translation>lo que recibe el propietario, p. ej., un reemplazo gratuito</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Cómo desecharlo</translation>
    </message>
    <message>
        <source>How to dispose of the recalled unit, as the notice says it.</source>
        <translation>Cómo desechar la unidad retirada, tal como lo dice el aviso.</translation>
    </message>
    <message>
        <source>How to dispose of the recalled unit</source>
        <translation>Cómo desechar la unidad retirada</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>The phone number the notice gives for claims.</source>
        <translation>El número de teléfono que da el aviso para las reclamaciones.</translation>
    </message>
    <message>
        <source>Phone hours</source>
        <translation>Horario telefónico</translation>
    </message>
    <message>
        <source>When that phone line answers.</source>
        <translation>Cuándo atiende esa línea.</translation>
    </message>
    <message>
        <source>e.g. 9 a.m. to 5 p.m. PT, Monday through Friday</source>
        <translation>p. ej., de 9 a. m. a 5 p. m. (PT), de lunes a viernes</translation>
    </message>
    <message>
        <source>Contact emails</source>
        <translation>Correos de contacto</translation>
    </message>
    <message>
        <source>The email addresses the notice gives, separated by commas.</source>
        <translation>Las direcciones de correo que da el aviso, separadas por comas.</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Email subject</source>
        <translation>Asunto del correo</translation>
    </message>
    <message>
        <source>What the notice asks to write in the subject line.</source>
        <translation>Lo que el aviso pide escribir en el asunto.</translation>
    </message>
    <message>
        <source>what to write in the subject line</source>
        <translation>lo que hay que escribir en el asunto</translation>
    </message>
    <message>
        <source>Claim address (URL)</source>
        <translation>Dirección de reclamación (URL)</translation>
    </message>
    <message>
        <source>The web page where the owner makes a claim.</source>
        <translation>La página web donde el propietario hace su reclamación.</translation>
    </message>
    <message>
        <source>Remedy:</source>
        <translation>Solución:</translation>
    </message>
    <message>
        <source>Remedy te&amp;xt:</source>
        <translation>Te&amp;xto de la solución:</translation>
    </message>
    <message>
        <source>Rep&amp;lacement:</source>
        <translation>Ree&amp;mplazo:</translation>
    </message>
    <message>
        <source>&amp;Disposal:</source>
        <translation>&amp;Desecho:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Telé&amp;fono:</translation>
    </message>
    <message>
        <source>Phone h&amp;ours:</source>
        <translation>&amp;Horario telefónico:</translation>
    </message>
    <message>
        <source>&amp;Emails:</source>
        <translation>Corr&amp;eos:</translation>
    </message>
    <message>
        <source>Email su&amp;bject:</source>
        <translation>A&amp;sunto del correo:</translation>
    </message>
    <message>
        <source>Claim &amp;URL:</source>
        <translation>&amp;URL de reclamación:</translation>
    </message>
    <message>
        <source>Pr&amp;oduct:</source>
        <translation>Pr&amp;oducto:</translation>
    </message>
    <message>
        <source>Product of this recall</source>
        <translation>Producto de este retiro</translation>
    </message>
    <message>
        <source>The product whose details are shown below.</source>
        <translation>El producto cuyos datos se muestran abajo.</translation>
    </message>
    <message>
        <source>Add pro&amp;duct</source>
        <translation>Añadir pro&amp;ducto</translation>
    </message>
    <message>
        <source>Add a product</source>
        <translation>Añadir un producto</translation>
    </message>
    <message>
        <source>Adds an empty product to this recall.</source>
        <translation>Añade un producto vacío a este retiro.</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Quitar el producto</translation>
    </message>
    <message>
        <source>Remove the selected product</source>
        <translation>Quitar el producto elegido</translation>
    </message>
    <message>
        <source>Removes the product shown from this recall.</source>
        <translation>Quita de este retiro el producto mostrado.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {count} recall(s)</source>
        <translation>
            <numerusform>{shown} de {count} retiro</numerusform>
            <numerusform>{shown} de {count} retiros</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>the new recall</source>
        <translation>el retiro nuevo</translation>
    </message>
    <message>
        <source>The changes to {recall} are not saved. Discard them?</source>
        <translation>Los cambios en {recall} no están guardados. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>The recall is shown again as it is stored.</source>
        <translation>El retiro vuelve a mostrarse tal como está guardado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Goes back to the changes, which are kept.</source>
        <translation>Vuelve a los cambios, que se conservan.</translation>
    </message>
    <message>
        <source>{recall} is no longer in the catalog.</source>
        <translation>{recall} ya no está en el catálogo.</translation>
    </message>
    <message>
        <source> · not saved</source>
        <translation> · sin guardar</translation>
    </message>
    <message>
        <source>Choose a recall to edit, or add a new one.</source>
        <translation>Elija un retiro para editarlo o añada uno nuevo.</translation>
    </message>
    <message>
        <source>New recall</source>
        <translation>Retiro nuevo</translation>
    </message>
    <message>
        <source>Added here when saved{unsaved}</source>
        <translation>Se añade aquí al guardarlo{unsaved}</translation>
    </message>
    <message>
        <source>; edited here, so imports keep this version</source>
        <translation>; editado aquí, así que las importaciones conservan esta versión</translation>
    </message>
    <message>
        <source>{agency}, no number</source>
        <translation>{agency}, sin número</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{recall} · {key} · {origin}{edited}{unsaved}</source>
        <translation>{recall} · {key} · {origin}{edited}{unsaved}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <source>Not saved: a recall with the key {key} is already in the catalog.</source>
        <translation>No se guardó: ya hay un retiro con la clave {key} en el catálogo.</translation>
    </message>
    <message>
        <source>Not saved: the catalog could not be written: {problem}</source>
        <translation>No se guardó: no se pudo escribir en el catálogo: {problem}</translation>
    </message>
    <message>
        <source>Saved {key}. Imports will keep this version.</source>
        <translation>Se guardó {key}. Las importaciones conservarán esta versión.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>Type the model number as printed on the label.</source>
        <translation>Escriba el número de modelo tal como está impreso en la etiqueta.</translation>
    </message>
    <message>
        <source>{code} is not a UPC/EAN/GTIN with a valid check digit.</source>
        <translation>{code} no es un UPC/EAN/GTIN con un dígito de control válido.</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}.</source>
        <translation>No es JSON: {problem} en la línea {line}, columna {column}.</translation>
    </message>
    <message>
        <source>A serial rule is a JSON object, such as {example}.</source>
        <translation>Una regla de número de serie es un objeto JSON, como {example}.</translation>
    </message>
    <message>
        <source>This kind of finding has nothing to correct: confirm or reject it.</source>
        <translation>Este tipo de hallazgo no tiene nada que corregir: confírmelo o recházelo.</translation>
    </message>
    <message>
        <source>Correct the model number</source>
        <translation>Corregir el número de modelo</translation>
    </message>
    <message>
        <source>Correct the serial rule</source>
        <translation>Corregir la regla de número de serie</translation>
    </message>
    <message>
        <source>Correct the UPC</source>
        <translation>Corregir el UPC</translation>
    </message>
    <message>
        <source>Correct the finding</source>
        <translation>Corregir el hallazgo</translation>
    </message>
    <message>
        <source>Type the value as it should be; it is confirmed into the catalog as corrected.</source>
        <translation>Escriba el valor como debe ser; se confirma en el catálogo ya corregido.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{recall}&lt;/b&gt;, {product}&lt;br&gt;The notice says: &lt;i&gt;{sentence}&lt;/i&gt;</source>
        <translation>&lt;b&gt;{recall}&lt;/b&gt;, {product}&lt;br&gt;El aviso dice: &lt;i&gt;{sentence}&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Serial &amp;rule (JSON):</source>
        <translation>&amp;Regla de número de serie (JSON):</translation>
    </message>
    <message>
        <source>&amp;Model number:</source>
        <translation>Número de &amp;modelo:</translation>
    </message>
    <message>
        <source>&amp;UPC:</source>
        <translation>&amp;UPC:</translation>
    </message>
    <message>
        <source>Corrected model number</source>
        <translation>Número de modelo corregido</translation>
    </message>
    <message>
        <source>Corrected serial rule</source>
        <translation>Regla de número de serie corregida</translation>
    </message>
    <message>
        <source>Corrected UPC</source>
        <translation>UPC corregido</translation>
    </message>
    <message>
        <source>Corrected value</source>
        <translation>Valor corregido</translation>
    </message>
    <message>
        <source>The serial rule as JSON, checked as you type.</source>
        <translation>La regla de número de serie en JSON, verificada mientras escribe.</translation>
    </message>
    <message>
        <source>As printed on the label, checked as you type.</source>
        <translation>Tal como está impreso en la etiqueta, verificado mientras escribe.</translation>
    </message>
    <message>
        <source>Check of the corrected value</source>
        <translation>Verificación del valor corregido</translation>
    </message>
    <message>
        <source>Con&amp;firm corrected</source>
        <translation>Con&amp;firmar corregido</translation>
    </message>
    <message>
        <source>Confirm the corrected value</source>
        <translation>Confirmar el valor corregido</translation>
    </message>
    <message>
        <source>Puts the corrected value into the catalog.</source>
        <translation>Incorpora el valor corregido al catálogo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this window; the finding stays pending.</source>
        <translation>Cierra esta ventana; el hallazgo queda pendiente.</translation>
    </message>
    <message>
        <source>Reads correctly.</source>
        <translation>Se lee correctamente.</translation>
    </message>
</context>
<context>
    <name>HotspotCanvas</name>
    <message>
        <source>Picture to mark</source>
        <translation>Imagen para marcar</translation>
    </message>
    <message>
        <source>Drag a box over a label to mark it; click a box to select it.</source>
        <translation>Arrastre un recuadro sobre una etiqueta para marcarla; haga clic en un recuadro para elegirlo.</translation>
    </message>
    <message>
        <source>{file} cannot be shown</source>
        <translation>{file} no se puede mostrar</translation>
    </message>
    <message>
        <source>{file} cannot be shown (missing or not a picture)</source>
        <translation>{file} no se puede mostrar (falta o no es una imagen)</translation>
    </message>
    <message>
        <source>{kind}: {text}</source>
        <translation>{kind}: {text}</translation>
    </message>
</context>
<context>
    <name>HotspotEditor</name>
    <message>
        <source>Marked boxes</source>
        <translation>Recuadros marcados</translation>
    </message>
    <message>
        <source>The boxes marked on this picture: what each marks, its text.</source>
        <translation>Los recuadros marcados en esta imagen: lo que marca cada uno y su texto.</translation>
    </message>
    <message>
        <source>What the box marks</source>
        <translation>Lo que marca el recuadro</translation>
    </message>
    <message>
        <source>The model label, the serial label or another label.</source>
        <translation>La etiqueta del modelo, la etiqueta del número de serie u otra etiqueta.</translation>
    </message>
    <message>
        <source>&amp;Marks:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text on the label (optional)</source>
        <translation>Texto de la etiqueta (opcional)</translation>
    </message>
    <message>
        <source>The label&apos;s words as printed, shown to the clerk.</source>
        <translation>Las palabras de la etiqueta tal como están impresas, que ve el dependiente.</translation>
    </message>
    <message>
        <source>As printed, e.g. Model: A1647 (optional)</source>
        <translation>Tal como está impreso, p. ej., Model: A1647 (opcional)</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Izquierda:</translation>
    </message>
    <message>
        <source>Box left edge</source>
        <translation>Borde izquierdo del recuadro</translation>
    </message>
    <message>
        <source>From the picture&apos;s left edge, in percent.</source>
        <translation>Desde el borde izquierdo de la imagen, en porcentaje.</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Arriba:</translation>
    </message>
    <message>
        <source>Box top edge</source>
        <translation>Borde superior del recuadro</translation>
    </message>
    <message>
        <source>From the picture&apos;s top edge, in percent.</source>
        <translation>Desde el borde superior de la imagen, en porcentaje.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;ncho:</translation>
    </message>
    <message>
        <source>Box width</source>
        <translation>Ancho del recuadro</translation>
    </message>
    <message>
        <source>Of the picture&apos;s width, in percent.</source>
        <translation>Del ancho de la imagen, en porcentaje.</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>Al&amp;to:</translation>
    </message>
    <message>
        <source>Box height</source>
        <translation>Alto del recuadro</translation>
    </message>
    <message>
        <source>Of the picture&apos;s height, in percent.</source>
        <translation>Del alto de la imagen, en porcentaje.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Add &amp;box</source>
        <translation>Añadir &amp;recuadro</translation>
    </message>
    <message>
        <source>Add a box in the middle of the picture</source>
        <translation>Añadir un recuadro en el centro de la imagen</translation>
    </message>
    <message>
        <source>Then place and size it with the position fields.</source>
        <translation>Luego colóquelo y ajuste su tamaño con los campos de posición.</translation>
    </message>
    <message>
        <source>Remove bo&amp;x</source>
        <translation>&amp;Quitar recuadro</translation>
    </message>
    <message>
        <source>Remove the selected box</source>
        <translation>Quitar el recuadro elegido</translation>
    </message>
    <message>
        <source>The label it marked is no longer shown.</source>
        <translation>La etiqueta que marcaba deja de mostrarse.</translation>
    </message>
    <message>
        <source>How to mark a label</source>
        <translation>Cómo marcar una etiqueta</translation>
    </message>
    <message>
        <source>Add a photo or choose a picture to mark its labels.</source>
        <translation>Añada una foto o elija una imagen para marcar sus etiquetas.</translation>
    </message>
    <message>
        <source>The picture “{view}” cannot be shown (its file is missing or not a picture); its boxes are listed but cannot be drawn.</source>
        <translation>La imagen «{view}» no se puede mostrar (falta su archivo o no es una imagen); sus recuadros figuran en la lista pero no se pueden dibujar.</translation>
    </message>
    <message>
        <source>Drag over a label on the picture to mark it; choose what it marks.</source>
        <translation>Arrastre sobre una etiqueta de la imagen para marcarla; elija lo que marca.</translation>
    </message>
</context>
<context>
    <name>HotspotModel</name>
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
        <source>{number}%</source>
        <translation>{number}&#xa0;%</translation>
    </message>
    <message>
        <source>left {x}, top {y}, {w} wide, {h} high</source>
        <translation>a {x} de la izquierda, a {y} de arriba, {w} de ancho, {h} de alto</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>{kind}: {text}; {box}</source>
        <translation>{kind}: {text}; {box}</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
</context>
<context>
    <name>ImportCancelledBox</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Cierra este mensaje.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>{file}: the import failed, nothing was changed: {problem}</source>
        <translation>{file}: la importación falló, no se cambió nada: {problem}</translation>
    </message>
    <message>
        <source>Import recall data</source>
        <translation>Importar datos de retiros</translation>
    </message>
    <message>
        <source>Choose a recall file and import it into the catalog, with a summary at the end.</source>
        <translation>Elija un archivo de retiros e impórtelo al catálogo, con un resumen al final.</translation>
    </message>
    <message>
        <source>Import a file of recalls as the agency publishes it: the CPSC Recalls API&apos;s JSON, or Health Canada&apos;s open data (JSON or CSV). Recalls you edited are kept as you left them; model numbers and serial rules read from the notices&apos; wording wait in the review list.</source>
        <translation>Importe un archivo de retiros tal como lo publica el organismo: el JSON de la API de retiros de la CPSC o los datos abiertos de Health Canada (JSON o CSV). Los retiros que editó se conservan tal como los dejó; los números de modelo y las reglas de número de serie leídos en el texto de los avisos esperan en la lista de revisión.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo para importar</translation>
    </message>
    <message>
        <source>The recall file: CPSC or Health Canada JSON or CSV, or a head-office bundle.</source>
        <translation>El archivo de retiros: JSON o CSV de la CPSC o de Health Canada, o un paquete de la oficina central.</translation>
    </message>
    <message>
        <source>Choose a .json or .csv file, or a head-office .rdbundle</source>
        <translation>Elija un archivo .json o .csv, o un .rdbundle de la oficina central</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Elegir el archivo para importar</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the recall file.</source>
        <translation>Abre una ventana para elegir el archivo de retiros.</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <source>CPSC Recalls API (JSON)</source>
        <translation>API de retiros de la CPSC (JSON)</translation>
    </message>
    <message>
        <source>Health Canada open data (JSON or CSV)</source>
        <translation>Datos abiertos de Health Canada (JSON o CSV)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>How to read the file; “Detect from the file” tells the formats apart by their content.</source>
        <translation>Cómo leer el archivo; «Detectar a partir del archivo» reconoce el formato por su contenido.</translation>
    </message>
    <message>
        <source>Skip bad records</source>
        <translation>Omitir los registros ilegibles</translation>
    </message>
    <message>
        <source>&amp;Skip bad records and import the others</source>
        <translation>&amp;Omitir los registros ilegibles e importar los demás</translation>
    </message>
    <message>
        <source>The summary lists what was skipped. Without this, a file with any record that cannot be read is refused whole, naming each.</source>
        <translation>El resumen enumera lo omitido. Sin esta opción, un archivo con algún registro ilegible se rechaza entero, indicando cada uno.</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importar el archivo</translation>
    </message>
    <message>
        <source>Imports the chosen file into the catalog; it can be cancelled while it runs.</source>
        <translation>Importa el archivo elegido al catálogo; se puede cancelar mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>Importing recall data</source>
        <translation>Importación de datos de retiros</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>How far the import has gone.</source>
        <translation>Hasta dónde ha llegado la importación.</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Registros importados</translation>
    </message>
    <message>
        <source>Records applied so far, of all the records in the file.</source>
        <translation>Registros aplicados hasta ahora, del total del archivo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Stops the import at its next step; nothing is changed.</source>
        <translation>Detiene la importación en su próximo paso; no se cambia nada.</translation>
    </message>
    <message>
        <source>Recall data (*.json *.csv *.rdbundle *.zip);;CPSC or Health Canada JSON (*.json);;Health Canada CSV (*.csv);;Head-office bundle (*.rdbundle *.zip)</source>
        <translation>Datos de retiros (*.json *.csv *.rdbundle *.zip);;JSON de la CPSC o de Health Canada (*.json);;CSV de Health Canada (*.csv);;Paquete de la oficina central (*.rdbundle *.zip)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Cancelando: no se cambiará nada…</translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} recall(s)…</source>
        <translation>
            <numerusform>Guardando {count} retiro…</numerusform>
            <numerusform>Guardando {count} retiros…</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying recall {done} of {total}…</source>
        <translation>Aplicando el retiro {done} de {total}…</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Se importó {file}.</translation>
    </message>
    <message>
        <source>The file was refused; the catalog was not changed.</source>
        <translation>Se rechazó el archivo; el catálogo no se modificó.</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message>
        <source>Why the file was refused, record by record.</source>
        <translation>Por qué se rechazó el archivo, registro por registro.</translation>
    </message>
    <message>
        <source>{file} was refused; the catalog was not changed.</source>
        <translation>Se rechazó {file}; el catálogo no se modificó.</translation>
    </message>
    <message>
        <source>The file was refused; the catalog was not changed.</source>
        <translation>Se rechazó el archivo; el catálogo no se modificó.</translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s): tick “Skip bad records” to import the other records.</source>
        <translation>
            <numerusform>{count} problema: marque «Omitir los registros ilegibles» para importar los demás.</numerusform>
            <numerusform>{count} problemas: marque «Omitir los registros ilegibles» para importar los demás.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} problem(s):</source>
        <translation>
            <numerusform>{count} problema:</numerusform>
            <numerusform>{count} problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Each problem names the record it is in, as the file numbers them.</source>
        <translation>Cada problema indica su registro, según la numeración del archivo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; the file stays chosen.</source>
        <translation>Cierra esta ventana; el archivo sigue elegido.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>New recalls:</source>
        <translation>Retiros nuevos:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizados:</translation>
    </message>
    <message>
        <source>a newer record replaced the older</source>
        <translation>un registro más reciente reemplazó al anterior</translation>
    </message>
    <message>
        <source>Unchanged:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>Kept as edited:</source>
        <translation>Conservados como se editaron:</translation>
    </message>
    <message>
        <source>the stored version stays; the newer record is set aside</source>
        <translation>se queda la versión guardada; el registro más reciente se aparta</translation>
    </message>
    <message>
        <source>Needs review:</source>
        <translation>Por revisar:</translation>
    </message>
    <message>
        <source>Catalog → Review imported findings…</source>
        <translation>Catálogo → Revisar los hallazgos importados…</translation>
    </message>
    <message>
        <source>Skipped (bad records):</source>
        <translation>Omitidos (ilegibles):</translation>
    </message>
    <message>
        <source>Ignored (not for the counter):</source>
        <translation>Descartados (no son para el mostrador):</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>What the import added, changed and left for review.</source>
        <translation>Lo que la importación añadió, cambió y dejó por revisar.</translation>
    </message>
    <message>
        <source>{file} was imported ({format}).</source>
        <translation>Se importó {file} ({format}).</translation>
    </message>
    <message>
        <source>{count}  ({meaning})</source>
        <translation>{count}  ({meaning})</translation>
    </message>
    <message>
        <source>Catalog now:</source>
        <translation>Catálogo ahora:</translation>
    </message>
    <message>
        <source>{version}, published {date}</source>
        <translation>{version}, publicado el {date}</translation>
    </message>
    <message>
        <source>Catalog version</source>
        <translation>Versión del catálogo</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Detalles de la importación</translation>
    </message>
    <message>
        <source>The recalls the import added, updated, kept as edited, skipped or ignored.</source>
        <translation>Los retiros que la importación añadió, actualizó, conservó como se editaron, omitió o descartó.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Close the summary</source>
        <translation>Cerrar el resumen</translation>
    </message>
    <message>
        <source>Closes this summary.</source>
        <translation>Cierra este resumen.</translation>
    </message>
    <message>
        <source>CPSC</source>
        <translation>CPSC</translation>
    </message>
    <message>
        <source>Health Canada</source>
        <translation>Health Canada (Salud Canadá)</translation>
    </message>
    <message>
        <source>head-office bundle</source>
        <translation>paquete de la oficina central</translation>
    </message>
    <message>
        <source>Skipped, with why:</source>
        <translation>Omitidos, con el motivo:</translation>
    </message>
    <message>
        <source>{record}: {problem}</source>
        <translation>{record}: {problem}</translation>
    </message>
    <message>
        <source>Kept as edited: {recalls}</source>
        <translation>Conservados como se editaron: {recalls}</translation>
    </message>
    <message>
        <source>New: {recalls}</source>
        <translation>Nuevos: {recalls}</translation>
    </message>
    <message>
        <source>Updated: {recalls}</source>
        <translation>Actualizados: {recalls}</translation>
    </message>
    <message>
        <source>Ignored:</source>
        <translation>Descartados:</translation>
    </message>
</context>
<context>
    <name>ProductForm</name>
    <message>
        <source>{file} is not a file.</source>
        <translation>{file} no es un archivo.</translation>
    </message>
    <message>
        <source>{file} is {size} MB, more than the {limit} MB a photo can be: save a smaller copy.</source>
        <translation>{file} ocupa {size} MB, más que los {limit} MB permitidos para una foto: guarde una copia más pequeña.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>{file} no se puede leer: {problem}.</translation>
    </message>
    <message>
        <source>{file} is more than {limit} MB.</source>
        <translation>{file} ocupa más de {limit} MB.</translation>
    </message>
    <message>
        <source>{file} is not a picture: the catalog takes PNG or JPEG photos.</source>
        <translation>{file} no es una imagen: el catálogo acepta fotos PNG o JPEG.</translation>
    </message>
    <message>
        <source>{file} is a {kind} picture: the catalog takes PNG or JPEG photos.</source>
        <translation>{file} es una imagen {kind}: el catálogo acepta fotos PNG o JPEG.</translation>
    </message>
    <message>
        <source>{file} is not a readable {kind} picture ({problem}).</source>
        <translation>{file} no es una imagen {kind} legible ({problem}).</translation>
    </message>
    <message>
        <source>answers are written key=value, such as colour=black (got {text})</source>
        <translation>las respuestas se escriben clave=valor, como colour=black (se recibió {text})</translation>
    </message>
    <message>
        <source>Product sections</source>
        <translation>Secciones del producto</translation>
    </message>
    <message>
        <source>The product&apos;s names and labels, its serial rule and questions, and its pictures.</source>
        <translation>Los nombres y etiquetas del producto, su regla de número de serie y sus preguntas, y sus imágenes.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Serial rule &amp;&amp; questions</source>
        <translation>Regla de serie &amp;&amp; preguntas</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>The maker&apos;s brand, as the notice names it.</source>
        <translation>La marca del fabricante, tal como la nombra el aviso.</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <source>The product&apos;s name, as the notice names it.</source>
        <translation>El nombre del producto, tal como lo nombra el aviso.</translation>
    </message>
    <message>
        <source>as the notice names it</source>
        <translation>tal como lo nombra el aviso</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>The colours the recalled product comes in, separated by commas.</source>
        <translation>Los colores en que viene el producto retirado, separados por comas.</translation>
    </message>
    <message>
        <source>comma-separated, e.g. black, blue</source>
        <translation>separados por comas, p. ej., black, blue</translation>
    </message>
    <message>
        <source>UPCs</source>
        <translation>UPC</translation>
    </message>
    <message>
        <source>The product&apos;s UPC, EAN or GTIN codes, separated by commas.</source>
        <translation>Los códigos UPC, EAN o GTIN del producto, separados por comas.</translation>
    </message>
    <message>
        <source>UPC/EAN/GTIN codes, comma-separated</source>
        <translation>códigos UPC/EAN/GTIN, separados por comas</translation>
    </message>
    <message>
        <source>Model label: where it is</source>
        <translation>Etiqueta del modelo: dónde está</translation>
    </message>
    <message>
        <source>Where the model number is printed on the device, as the clerk is told.</source>
        <translation>Dónde está impreso el número de modelo en el aparato, tal como se le indica al dependiente.</translation>
    </message>
    <message>
        <source>e.g. Printed on the back</source>
        <translation>p. ej., Impreso en la parte trasera</translation>
    </message>
    <message>
        <source>Model label: text as printed</source>
        <translation>Etiqueta del modelo: texto impreso</translation>
    </message>
    <message>
        <source>The model label&apos;s words, exactly as printed.</source>
        <translation>Las palabras de la etiqueta del modelo, exactamente como están impresas.</translation>
    </message>
    <message>
        <source>Model label: picture view</source>
        <translation>Etiqueta del modelo: vista de la imagen</translation>
    </message>
    <message>
        <source>The name of the picture that shows the model label.</source>
        <translation>El nombre de la imagen que muestra la etiqueta del modelo.</translation>
    </message>
    <message>
        <source>Serial label: where it is</source>
        <translation>Etiqueta del número de serie: dónde está</translation>
    </message>
    <message>
        <source>Where the serial number is printed on the device, as the clerk is told.</source>
        <translation>Dónde está impreso el número de serie en el aparato, tal como se le indica al dependiente.</translation>
    </message>
    <message>
        <source>e.g. On the sticker inside the lid</source>
        <translation>p. ej., En la pegatina dentro de la tapa</translation>
    </message>
    <message>
        <source>Serial label: text as printed</source>
        <translation>Etiqueta del número de serie: texto impreso</translation>
    </message>
    <message>
        <source>The serial label&apos;s words, exactly as printed.</source>
        <translation>Las palabras de la etiqueta del número de serie, exactamente como están impresas.</translation>
    </message>
    <message>
        <source>Serial label: picture view</source>
        <translation>Etiqueta del número de serie: vista de la imagen</translation>
    </message>
    <message>
        <source>The name of the picture that shows the serial label.</source>
        <translation>El nombre de la imagen que muestra la etiqueta del número de serie.</translation>
    </message>
    <message>
        <source>Serial rule (JSON)</source>
        <translation>Regla de número de serie (JSON)</translation>
    </message>
    <message>
        <source>Which serial numbers are affected, as a JSON object; checked as you type.</source>
        <translation>Qué números de serie están afectados, como objeto JSON; se verifica mientras escribe.</translation>
    </message>
    <message>
        <source>Empty: every unit is recalled. {example}</source>
        <translation>Vacío: se retiran todas las unidades. {example}</translation>
    </message>
    <message>
        <source>Questions (JSON)</source>
        <translation>Preguntas (JSON)</translation>
    </message>
    <message>
        <source>The questions the counter asks, as a JSON list; checked as you type.</source>
        <translation>Las preguntas que se hacen en el mostrador, como lista JSON; se verifican mientras escribe.</translation>
    </message>
    <message>
        <source>Empty: no questions. {example}</source>
        <translation>Vacío: sin preguntas. {example}</translation>
    </message>
    <message>
        <source>Picture view name</source>
        <translation>Nombre de la vista de la imagen</translation>
    </message>
    <message>
        <source>The name the labels&apos; “picture view” fields use for this picture.</source>
        <translation>El nombre que usan para esta imagen los campos «vista de la imagen» de las etiquetas.</translation>
    </message>
    <message>
        <source>e.g. bottom, back, inside-lid</source>
        <translation>p. ej., bottom, back, inside-lid</translation>
    </message>
    <message>
        <source>Picture caption</source>
        <translation>Leyenda de la imagen</translation>
    </message>
    <message>
        <source>What the picture shows, read out to those who cannot see it.</source>
        <translation>Lo que muestra la imagen, leído en voz alta a quien no puede verla.</translation>
    </message>
    <message>
        <source>what the picture shows</source>
        <translation>lo que muestra la imagen</translation>
    </message>
    <message>
        <source>Model numbers</source>
        <translation>Números de modelo</translation>
    </message>
    <message>
        <source>Each model number, the base printed on the label, and the answers that pick it.</source>
        <translation>Cada número de modelo, la base impresa en la etiqueta y las respuestas que lo identifican.</translation>
    </message>
    <message>
        <source>Model number</source>
        <translation>Número de modelo</translation>
    </message>
    <message>
        <source>Base printed on the label</source>
        <translation>Base impresa en la etiqueta</translation>
    </message>
    <message>
        <source>Answers (key=value)</source>
        <translation>Respuestas (clave=valor)</translation>
    </message>
    <message>
        <source>Add &amp;model</source>
        <translation>Añadir &amp;modelo</translation>
    </message>
    <message>
        <source>Add a model number</source>
        <translation>Añadir un número de modelo</translation>
    </message>
    <message>
        <source>Adds an empty row to the model numbers, ready to type in.</source>
        <translation>Añade una fila vacía a los números de modelo, lista para escribir.</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Quitar el modelo</translation>
    </message>
    <message>
        <source>Remove the selected model number</source>
        <translation>Quitar el número de modelo elegido</translation>
    </message>
    <message>
        <source>Removes the selected row from the model numbers.</source>
        <translation>Quita la fila elegida de los números de modelo.</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>&amp;Marca:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>Model numbers:</source>
        <translation>Números de modelo:</translation>
    </message>
    <message>
        <source>Co&amp;lours:</source>
        <translation>Co&amp;lores:</translation>
    </message>
    <message>
        <source>&amp;UPCs:</source>
        <translation>&amp;UPC:</translation>
    </message>
    <message>
        <source>Model label</source>
        <translation>Etiqueta del modelo</translation>
    </message>
    <message>
        <source>Serial label</source>
        <translation>Etiqueta del número de serie</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>Serial r&amp;ule: which serials are affected (see the README&apos;s table of fields)</source>
        <translation>Regla de número de &amp;serie: qué números están afectados (vea la tabla de campos del README)</translation>
    </message>
    <message>
        <source>&amp;Questions the counter asks (colour, a code inside the lid…), with their choices</source>
        <translation>&amp;Preguntas que se hacen en el mostrador (color, un código dentro de la tapa…), con sus opciones</translation>
    </message>
    <message>
        <source>Serial rule check</source>
        <translation>Verificación de la regla de número de serie</translation>
    </message>
    <message>
        <source>Questions check</source>
        <translation>Verificación de las preguntas</translation>
    </message>
    <message>
        <source>P&amp;icture:</source>
        <translation>&amp;Imagen:</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Le&amp;yenda:</translation>
    </message>
    <message>
        <source>Picture of this product</source>
        <translation>Imagen de este producto</translation>
    </message>
    <message>
        <source>The picture whose labels are marked below.</source>
        <translation>La imagen cuyas etiquetas se marcan abajo.</translation>
    </message>
    <message>
        <source>Add p&amp;hoto…</source>
        <translation>Añadir &amp;foto…</translation>
    </message>
    <message>
        <source>Add a photo (PNG or JPEG)</source>
        <translation>Añadir una foto (PNG o JPEG)</translation>
    </message>
    <message>
        <source>Copies a photo of the device into the catalog, to mark its labels on.</source>
        <translation>Copia una foto del aparato al catálogo, para marcar en ella sus etiquetas.</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Quitar la imagen</translation>
    </message>
    <message>
        <source>Remove the selected picture</source>
        <translation>Quitar la imagen elegida</translation>
    </message>
    <message>
        <source>Removes the picture and its marked boxes from this product.</source>
        <translation>Quita la imagen y sus recuadros de este producto.</translation>
    </message>
    <message>
        <source>(no view name)</source>
        <translation>(vista sin nombre)</translation>
    </message>
    <message>
        <source>(new product)</source>
        <translation>(producto nuevo)</translation>
    </message>
    <message>
        <source>No rule: every unit of these models is recalled.</source>
        <translation>Sin regla: se retiran todas las unidades de estos modelos.</translation>
    </message>
    <message>
        <source>The rule reads correctly.</source>
        <translation>La regla se lee correctamente.</translation>
    </message>
    <message numerus="yes">
        <source>{count} question(s), reading correctly.</source>
        <translation>
            <numerusform>{count} pregunta, se lee correctamente.</numerusform>
            <numerusform>{count} preguntas, se leen correctamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>Sin preguntas.</translation>
    </message>
    <message>
        <source>not JSON: {problem} at line {line}, column {column}</source>
        <translation>no es JSON: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>a rule is a JSON object, such as {example}</source>
        <translation>una regla es un objeto JSON, como {example}</translation>
    </message>
    <message>
        <source>a JSON list of questions, such as {example}</source>
        <translation>una lista JSON de preguntas, como {example}</translation>
    </message>
    <message>
        <source>Add a photo of the device</source>
        <translation>Añadir una foto del aparato</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Fotos (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Photo not added: {problem}</source>
        <translation>No se añadió la foto: {problem}</translation>
    </message>
    <message>
        <source>Photo not added: {file} could not be stored in {folder}: {problem}</source>
        <translation>No se añadió la foto: no se pudo guardar {file} en {folder}: {problem}</translation>
    </message>
    <message>
        <source>Added {file}. Name its view, then drag over each label on it to mark it.</source>
        <translation>Se añadió {file}. Dé nombre a su vista y luego arrastre sobre cada etiqueta para marcarla.</translation>
    </message>
</context>
<context>
    <name>RecallListModel</name>
    <message>
        <source>Recall</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Brands</source>
        <translation>Marcas</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review imported findings</source>
        <translation>Revisar los hallazgos importados</translation>
    </message>
    <message>
        <source>What imports read from the notices but could not be sure of: confirm, correct or reject.</source>
        <translation>Lo que las importaciones leyeron en los avisos sin estar seguras: confirme, corrija o rechace.</translation>
    </message>
    <message>
        <source>Filter: recall, product, model, words of the sentence…</source>
        <translation>Filtrar: retiro, producto, modelo, palabras de la frase…</translation>
    </message>
    <message>
        <source>Filter the findings</source>
        <translation>Filtrar los hallazgos</translation>
    </message>
    <message>
        <source>Shows only the findings with these words in any column.</source>
        <translation>Muestra solo los hallazgos que contienen estas palabras en alguna columna.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro por estado</translation>
    </message>
    <message>
        <source>Shows the findings with this status.</source>
        <translation>Muestra los hallazgos con este estado.</translation>
    </message>
    <message>
        <source>Findings shown</source>
        <translation>Hallazgos mostrados</translation>
    </message>
    <message>
        <source>Imported findings</source>
        <translation>Hallazgos importados</translation>
    </message>
    <message>
        <source>Recall, product, what was read, confidence, the notice&apos;s sentence, why, and status.</source>
        <translation>Retiro, producto, lo que se leyó, confianza, frase del aviso, motivo y estado.</translation>
    </message>
    <message>
        <source>The selected finding in full</source>
        <translation>El hallazgo elegido completo</translation>
    </message>
    <message>
        <source>The sentence the finding came from and the value read.</source>
        <translation>La frase de la que sale el hallazgo y el valor leído.</translation>
    </message>
    <message>
        <source>Select a finding to read the sentence it came from.</source>
        <translation>Elija un hallazgo para leer la frase de la que sale.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>Confirm the selected findings</source>
        <translation>Confirmar los hallazgos elegidos</translation>
    </message>
    <message>
        <source>Put the selected model numbers and serial rules into the catalog</source>
        <translation>Incorporar al catálogo los números de modelo y reglas de número de serie elegidos</translation>
    </message>
    <message>
        <source>C&amp;orrect…</source>
        <translation>C&amp;orregir…</translation>
    </message>
    <message>
        <source>Correct the selected finding, then confirm it</source>
        <translation>Corregir el hallazgo elegido y luego confirmarlo</translation>
    </message>
    <message>
        <source>Opens the finding&apos;s value to edit before it goes into the catalog.</source>
        <translation>Abre el valor del hallazgo para editarlo antes de que entre al catálogo.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected findings</source>
        <translation>Rechazar los hallazgos elegidos</translation>
    </message>
    <message>
        <source>They never go into the catalog, and are not asked again</source>
        <translation>Nunca entran al catálogo y no se vuelven a preguntar</translation>
    </message>
    <message>
        <source>Review message</source>
        <translation>Mensaje de la revisión</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes the review list.</source>
        <translation>Cierra la lista de revisión.</translation>
    </message>
    <message>
        <source>{shown} shown · {pending} pending</source>
        <translation>{shown} mostrados · {pending} pendientes</translation>
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
{what} (confianza {confidence})
Por qué hay que revisarlo: {reason}

El aviso dice:
{sentence}

Valor:
{value}</translation>
    </message>
    <message numerus="yes">
        <source>{count} finding(s) selected.</source>
        <translation>
            <numerusform>{count} hallazgo elegido.</numerusform>
            <numerusform>{count} hallazgos elegidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: {problems}</source>
        <translation>No se hizo: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Confirmed {count} finding(s).</source>
        <translation>
            <numerusform>Se confirmó {count} hallazgo.</numerusform>
            <numerusform>Se confirmaron {count} hallazgos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected {count} finding(s).</source>
        <translation>
            <numerusform>Se rechazó {count} hallazgo.</numerusform>
            <numerusform>Se rechazaron {count} hallazgos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Recall</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>product {number}</source>
        <translation>producto {number}</translation>
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
        <translation>{file}: la revisión falló: {problem}</translation>
    </message>
    <message>
        <source>Sweep inventory</source>
        <translation>Revisar el inventario</translation>
    </message>
    <message>
        <source>Checks every row of a stock list against the recall catalog and lists what to pull.</source>
        <translation>Revisa cada fila de una lista de inventario contra el catálogo de retiros y enumera lo que hay que retirar.</translation>
    </message>
    <message>
        <source>Check a stock list exported from the store&apos;s system (CSV: UPC, model number, SKU, description, quantity and location columns, found by their headers) against the recall catalog.</source>
        <translation>Revise contra el catálogo de retiros una lista de inventario exportada del sistema de la tienda (CSV: columnas de UPC, número de modelo, SKU, descripción, cantidad y ubicación, reconocidas por sus encabezados).</translation>
    </message>
    <message>
        <source>&amp;Stock list:</source>
        <translation>&amp;Lista de inventario:</translation>
    </message>
    <message>
        <source>Stock list to sweep</source>
        <translation>Lista de inventario para revisar</translation>
    </message>
    <message>
        <source>The CSV file exported from the store&apos;s system; Enter starts the sweep.</source>
        <translation>El archivo CSV exportado del sistema de la tienda; Intro inicia la revisión.</translation>
    </message>
    <message>
        <source>Choose the stock list (.csv)</source>
        <translation>Elija la lista de inventario (.csv)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the stock list</source>
        <translation>Elegir la lista de inventario</translation>
    </message>
    <message>
        <source>Opens a file dialog to pick the stock list.</source>
        <translation>Abre una ventana para elegir la lista de inventario.</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>Re&amp;visar</translation>
    </message>
    <message>
        <source>Sweep the stock list</source>
        <translation>Revisar la lista de inventario</translation>
    </message>
    <message>
        <source>Checks every row against the catalog; it can be cancelled while it runs.</source>
        <translation>Revisa cada fila contra el catálogo; se puede cancelar mientras se ejecuta.</translation>
    </message>
    <message>
        <source>&amp;Cancel sweep</source>
        <translation>&amp;Cancelar la revisión</translation>
    </message>
    <message>
        <source>Cancel the sweep</source>
        <translation>Cancelar la revisión</translation>
    </message>
    <message>
        <source>Stops the sweep at its next step.</source>
        <translation>Detiene la revisión en su próximo paso.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v de %m filas</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Rows checked so far, of all the rows in the file.</source>
        <translation>Filas revisadas hasta ahora, del total del archivo.</translation>
    </message>
    <message>
        <source>Sweep summary</source>
        <translation>Resumen de la revisión</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>One row per stock row under a recall: which recall, why, how many units, what to do.</source>
        <translation>Una fila por cada fila del inventario afectada por un retiro: qué retiro, por qué, cuántas unidades, qué hacer.</translation>
    </message>
    <message>
        <source>Filter the hits</source>
        <translation>Filtrar las coincidencias</translation>
    </message>
    <message>
        <source>Shows only the hits with these words in any column.</source>
        <translation>Muestra solo las coincidencias que contienen estas palabras en alguna columna.</translation>
    </message>
    <message>
        <source>Filter: recall, model, location, outcome…</source>
        <translation>Filtrar: retiro, modelo, ubicación, resultado…</translation>
    </message>
    <message>
        <source>Rows not read</source>
        <translation>Filas no leídas</translation>
    </message>
    <message>
        <source>The rows the sweep could not read, or read only in part, with why.</source>
        <translation>Las filas que la revisión no pudo leer, o solo en parte, con el motivo.</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Resultados de la revisión</translation>
    </message>
    <message>
        <source>The hits, and the rows that could not be read.</source>
        <translation>Las coincidencias y las filas que no se pudieron leer.</translation>
    </message>
    <message>
        <source>Save hits as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the hits as CSV</source>
        <translation>Guardar las coincidencias como CSV</translation>
    </message>
    <message>
        <source>Writes every hit, whatever the filter, to a CSV file for the store&apos;s system.</source>
        <translation>Escribe todas las coincidencias, sea cual sea el filtro, en un archivo CSV para el sistema de la tienda.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>&amp;Hits</source>
        <translation>&amp;Coincidencias</translation>
    </message>
    <message>
        <source>&amp;Rows not read</source>
        <translation>&amp;Filas no leídas</translation>
    </message>
    <message>
        <source>&amp;Hits ({count})</source>
        <translation>&amp;Coincidencias ({count})</translation>
    </message>
    <message>
        <source>&amp;Rows not read ({count})</source>
        <translation>&amp;Filas no leídas ({count})</translation>
    </message>
    <message>
        <source>Stock lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Listas de inventario (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Sweeping {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message>
        <source>Cancelling the sweep…</source>
        <translation>Cancelando la revisión…</translation>
    </message>
    <message>
        <source>Sweep cancelled.</source>
        <translation>Revisión cancelada.</translation>
    </message>
    <message>
        <source>Save hits as CSV</source>
        <translation>Guardar las coincidencias como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save hits</source>
        <translation>Guardar las coincidencias</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}</source>
        <translation>No se puede escribir {file}: {problem}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Closes this message.</source>
        <translation>Cierra este mensaje.</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} hit(s) to {file}.</source>
        <translation>
            <numerusform>Se guardó {count} coincidencia en {file}.</numerusform>
            <numerusform>Se guardaron {count} coincidencias en {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} fila</numerusform>
            <numerusform>{count} filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {rows_read} ({encoding}); catalog {version}, published {date}.</source>
        <translation>{file}: {rows_read} ({encoding}); catálogo {version}, publicado el {date}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s) read</source>
        <translation>
            <numerusform>{count} fila leída</numerusform>
            <numerusform>{count} filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>{hits} in {rows}: pull {units} from sale</source>
        <translation>{hits} en {rows}: retire {units} de la venta</translation>
    </message>
    <message numerus="yes">
        <source>{count} hit(s)</source>
        <translation>
            <numerusform>{count} coincidencia</numerusform>
            <numerusform>{count} coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} unit(s)</source>
        <translation>
            <numerusform>{count} unidad</numerusform>
            <numerusform>{count} unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>({count} row(s) without a quantity)</source>
        <translation>
            <numerusform>({count} fila sin cantidad)</numerusform>
            <numerusform>({count} filas sin cantidad)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} possible hit(s) (description only) for a person to confirm.</source>
        <translation>
            <numerusform>{count} coincidencia posible (solo por la descripción) que debe confirmar una persona.</numerusform>
            <numerusform>{count} coincidencias posibles (solo por la descripción) que debe confirmar una persona.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{rows} with problems, {count} not checked by UPC or model: see Rows not read.</source>
        <translation>
            <numerusform>{rows} con problemas, {count} sin revisar por UPC ni por modelo: vea Filas no leídas.</numerusform>
            <numerusform>{rows} con problemas, {count} sin revisar por UPC ni por modelo: vea Filas no leídas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SweepHitsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>UPC</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Afectado</translation>
    </message>
    <message>
        <source>Check with maker</source>
        <translation>Consultar al fabricante</translation>
    </message>
    <message>
        <source>Check serials</source>
        <translation>Verificar números de serie</translation>
    </message>
    <message>
        <source>Check each unit</source>
        <translation>Verificar cada unidad</translation>
    </message>
    <message>
        <source>Possible: confirm</source>
        <translation>Posible: confirmar</translation>
    </message>
</context>
<context>
    <name>SweepProblemsModel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>in part</source>
        <translation>en parte</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
