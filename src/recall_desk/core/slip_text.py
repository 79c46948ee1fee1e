"""The slip's own words in English, French and Spanish, and dates written the way each language writes them.

Only the slip's frame is translated: what a recall notice says (its title, hazard, remedy, disposal)
is printed as the notice wrote it.  Every key has all three languages and the same ``{placeholders}``
in each (the tests check it).  French puts a no-break space before ``:`` and ``;``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

LANGS: tuple[str, ...] = ("en", "fr", "es")
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "fr": "Français", "es": "Español"}

NBSP = "\u00a0"

MONTHS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
}

# key -> (English, French, Spanish)
_T: Mapping[str, tuple[str, str, str]] = {
    # -- frame --
    "label_sep": (": ", f"{NBSP}: ", ": "),
    "or": (" or ", " ou ", " o "),
    "list_sep": (", ", ", ", ", "),
    "slip_title": (
        "Product safety recall slip",
        "Fiche de rappel de sécurité",
        "Hoja de retiro por seguridad",
    ),
    "receipt_title": (
        "Recall check receipt",
        "Reçu de vérification de rappel",
        "Comprobante de verificación de retiros",
    ),
    "case_number": ("Case number", "Numéro de dossier", "Número de caso"),
    "date": ("Date", "Date", "Fecha"),
    "station": ("Station", "Poste", "Puesto"),
    "store_phone": ("Tel.", "Tél.", "Tel."),
    "page_of": ("Page {n} of {total}", "Page {n} sur {total}", "Página {n} de {total}"),
    "notice_language": (
        "",
        "Les passages tirés de l’avis de rappel sont reproduits en anglais, tels qu’ils ont été publiés.",
        "Los pasajes del aviso de retiro se reproducen en inglés, tal como se publicaron.",
    ),
    # -- the verdict --
    "verdict_affected": (
        "AFFECTED: STOP USING THIS DEVICE",
        f"CONCERNÉ PAR LE RAPPEL{NBSP}: N’UTILISEZ PLUS CET APPAREIL",
        "AFECTADO: DEJE DE USAR ESTE APARATO",
    ),
    "verdict_check_with_manufacturer": (
        "CHECK WITH THE MANUFACTURER: STOP USING IT UNTIL THEY CONFIRM",
        f"À VÉRIFIER AUPRÈS DU FABRICANT{NBSP}: N’UTILISEZ PLUS L’APPAREIL EN ATTENDANT SA RÉPONSE",
        "CONSULTE AL FABRICANTE: DEJE DE USARLO HASTA QUE LO CONFIRME",
    ),
    "detail_affected": (
        "This device is part of the recall below.",
        "Cet appareil fait partie du rappel ci-dessous.",
        "Este aparato forma parte del retiro indicado abajo.",
    ),
    "detail_check_with_manufacturer": (
        "This model is part of the recall below, and the maker keeps the list of affected serial "
        "numbers: only the maker can say whether this unit is one of them.",
        f"Ce modèle fait partie du rappel ci-dessous et le fabricant tient la liste des numéros de série "
        f"concernés{NBSP}: lui seul peut dire si cet appareil en fait partie.",
        "Este modelo forma parte del retiro indicado abajo y el fabricante tiene la lista de números de "
        "serie afectados: solo él puede decir si este aparato es uno de ellos.",
    ),
    "recall": ("Recall", "Rappel", "Retiro"),
    "recall_numbered": (
        "{number} ({agency}), {date}",
        "{number} ({agency}), {date}",
        "{number} ({agency}), {date}",
    ),
    "recall_unnumbered": (
        "{agency}, {date} (the notice gives no recall number)",
        "{agency}, {date} (l’avis ne donne pas de numéro de rappel)",
        "{agency}, {date} (el aviso no da número de retiro)",
    ),
    "date_not_given": ("date not given", "date non indiquée", "fecha no indicada"),
    "notice_title": ("Notice", "Avis", "Aviso"),
    "also_named": (
        "This model is also named in: {recalls}.",
        f"Ce modèle figure aussi dans{NBSP}: {{recalls}}.",
        "Este modelo también figura en: {recalls}.",
    ),
    # -- the device --
    "sec_device": ("The device", "L’appareil", "El aparato"),
    "brand": ("Brand", "Marque", "Marca"),
    "product": ("Product", "Produit", "Producto"),
    "model": ("Model", "Modèle", "Modelo"),
    "serial": ("Serial number", "Numéro de série", "Número de serie"),
    "serial_none_printed": (
        "none printed on the unit",
        "aucun sur l’appareil",
        "no figura en el aparato",
    ),
    "serial_not_given": ("not given", "non fourni", "no indicado"),
    "colour": ("Colour", "Couleur", "Color"),
    "model_label": ("Model label", "Étiquette du modèle", "Etiqueta del modelo"),
    "serial_label": ("Serial label", "Étiquette du numéro de série", "Etiqueta del número de serie"),
    "label_reads": ("reads “{text}”", f"indique «{NBSP}{{text}}{NBSP}»", "dice «{text}»"),
    # -- the hazard --
    "sec_hazard": ("The hazard", "Le danger", "El peligro"),
    "hazard_unknown": (
        "The notice does not describe the hazard.",
        "L’avis ne décrit pas le danger.",
        "El aviso no describe el peligro.",
    ),
    "incidents": ("Incidents", "Incidents", "Incidentes"),
    "injuries": ("Injuries", "Blessures", "Lesiones"),
    # -- what to do now --
    "sec_now": ("What to do now", "Que faire maintenant", "Qué hacer ahora"),
    "now_stop": ("Stop using it now.", "Cessez de l’utiliser dès maintenant.", "Deje de usarlo ya."),
    "now_power_off": ("Power it off.", "Éteignez-le.", "Apáguelo."),
    "now_unplug": (
        "Unplug it: do not charge it, and do not leave it on a charger.",
        f"Débranchez-le{NBSP}: ne le rechargez pas et ne le laissez pas sur un chargeur.",
        "Desconéctelo: no lo cargue ni lo deje conectado a un cargador.",
    ),
    "now_check_serial": (
        "Check the serial number with the maker (below) before anything else.",
        "Faites vérifier le numéro de série par le fabricant (ci-dessous) avant toute chose.",
        "Verifique el número de serie con el fabricante (abajo) antes que nada.",
    ),
    # -- disposal --
    "sec_disposal": ("Disposal", "Élimination", "Cómo desecharlo"),
    "notice_says": ("The notice says", "L’avis indique", "El aviso dice"),
    "disposal_none": (
        "The notice gives no disposal instructions: ask the maker before you dispose of it.",
        f"L’avis ne donne pas d’instructions d’élimination{NBSP}: demandez au fabricant avant de vous en "
        "débarrasser.",
        "El aviso no da instrucciones para desecharlo: pregunte al fabricante antes de hacerlo.",
    ),
    "lithium_intro": (
        "Whenever you dispose of it (it has a lithium battery):",
        f"Quand vous vous en débarrasserez (il contient une batterie au lithium){NBSP}:",
        "Cuando lo deseche (tiene una batería de litio):",
    ),
    "lithium_no_trash": (
        "Never in the trash or a recycling bin.",
        "Jamais à la poubelle ni dans un bac de recyclage.",
        "Nunca en la basura ni en un contenedor de reciclaje.",
    ),
    "lithium_no_store_bin": (
        "Never in a store’s used-battery drop-off box.",
        "Jamais dans le bac à piles usagées d’un magasin.",
        "Nunca en el contenedor de pilas usadas de una tienda.",
    ),
    "lithium_hhw": (
        "Take it to a household hazardous waste (HHW) site, and call ahead first.",
        "Apportez-le à un centre de collecte des déchets ménagers dangereux, en appelant d’abord.",
        "Llévelo a un centro de residuos domésticos peligrosos, y llame antes de ir.",
    ),
    "disposal_pointers": (
        "To find a site, the notice points to: {where}.",
        f"Pour trouver un lieu, l’avis renvoie à{NBSP}: {{where}}.",
        "Para encontrar un lugar, el aviso remite a: {where}.",
    ),
    # -- the remedy and the claim --
    "sec_remedy": (
        "The remedy and how to claim it",
        "Le recours et comment l’obtenir",
        "La solución y cómo obtenerla",
    ),
    "offered": ("Offered", "Proposé", "Se ofrece"),
    "kind_replace": ("a replacement", "un remplacement", "un reemplazo"),
    "kind_refund": ("a refund", "un remboursement", "un reembolso"),
    "kind_repair": ("a repair", "une réparation", "una reparación"),
    "kind_gift_card": ("a gift card", "une carte-cadeau", "una tarjeta de regalo"),
    "kind_store_credit": ("store credit", "un avoir en magasin", "crédito en tienda"),
    "remedy_unknown": (
        "The notice does not say what the remedy is.",
        "L’avis ne précise pas le recours.",
        "El aviso no indica la solución.",
    ),
    "replacement": ("Replacement", "Remplacement", "Reemplazo"),
    "claim_online": ("Claim online", "Réclamation en ligne", "Reclamación en línea"),
    "claim_none": (
        "The notice gives no claim web page.",
        "L’avis ne donne pas de page web de réclamation.",
        "El aviso no da una página web de reclamación.",
    ),
    "check_serial_at": (
        "Check the serial number at",
        "Vérifiez le numéro de série sur",
        "Verifique el número de serie en",
    ),
    "qr_claim": (
        "Scan to open the claim page",
        "Scannez pour ouvrir la page de réclamation",
        "Escanee para abrir la página de reclamación",
    ),
    "qr_check": (
        "Scan to check the serial number",
        "Scannez pour vérifier le numéro de série",
        "Escanee para verificar el número de serie",
    ),
    "phone": ("Phone", "Téléphone", "Teléfono"),
    "phone_none": (
        "The notice gives no phone number.",
        "L’avis ne donne pas de numéro de téléphone.",
        "El aviso no da un número de teléfono.",
    ),
    "phone_hours": ("{phone}, {hours}", "{phone}, {hours}", "{phone}, {hours}"),
    "hours_none": (
        "{phone} (the notice does not give the hours)",
        "{phone} (l’avis n’indique pas les heures)",
        "{phone} (el aviso no indica el horario)",
    ),
    "email": ("Email", "Courriel", "Correo electrónico"),
    "email_none": (
        "The notice gives no email address.",
        "L’avis ne donne pas d’adresse de courriel.",
        "El aviso no da una dirección de correo electrónico.",
    ),
    "email_subject": ("Subject line", "Objet", "Asunto"),
    "subject_none": ("the notice gives none", "l’avis n’en donne pas", "el aviso no indica ninguno"),
    "also_online": ("Also", "Aussi", "También"),
    # -- what to have ready --
    "sec_ready": ("What to have ready", "À préparer", "Qué tener a mano"),
    "ready_model": (
        "The model number: {model}",
        f"Le numéro de modèle{NBSP}: {{model}}",
        "El número de modelo: {model}",
    ),
    "ready_serial": (
        "The serial number: {serial}",
        f"Le numéro de série{NBSP}: {{serial}}",
        "El número de serie: {serial}",
    ),
    "ready_serial_unknown": (
        "The serial number printed on the unit",
        "Le numéro de série imprimé sur l’appareil",
        "El número de serie impreso en el aparato",
    ),
    "ready_proof": (
        "Proof of purchase (a receipt)",
        "Une preuve d’achat (un reçu)",
        "Un comprobante de compra (recibo)",
    ),
    "ready_proof_optional": (
        "Proof of purchase, if you have it (the notice says it is optional)",
        "Une preuve d’achat si vous en avez une (l’avis la dit facultative)",
        "Un comprobante de compra, si lo tiene (el aviso dice que es opcional)",
    ),
    "ready_photo_marked": (
        "A photo of the unit with “{word}” written on it, as the notice asks",
        f"Une photo de l’appareil portant l’inscription «{NBSP}{{word}}{NBSP}», comme le demande l’avis",
        "Una foto del aparato con «{word}» escrito en él, como pide el aviso",
    ),
    "ready_photos": (
        "Photos of the unit, as the notice asks",
        "Des photos de l’appareil, comme le demande l’avis",
        "Fotos del aparato, como pide el aviso",
    ),
    "ready_proof_if": (
        "A receipt, where the notice asks for one (see the remedy above)",
        "Un reçu, si l’avis en demande un (voir le recours ci-dessus)",
        "Un recibo, si el aviso lo pide (vea la solución arriba)",
    ),
    "ready_case": ("This slip (case {case})", "Cette fiche (dossier {case})", "Esta hoja (caso {case})"),
    # -- where it comes from --
    "sec_source": ("Where this comes from", "Source", "Origen de esta información"),
    "catalog_line": (
        "Recall Desk catalog {version}, published {published}.",
        "Catalogue Recall Desk {version}, publié le {published}.",
        "Catálogo de Recall Desk {version}, publicado el {published}.",
    ),
    "notice_url": ("Recall notice", "Avis de rappel", "Aviso de retiro"),
    "notice_url_none": (
        "The catalog holds no web address for the notice.",
        "Le catalogue ne contient pas d’adresse web pour l’avis.",
        "El catálogo no tiene una dirección web del aviso.",
    ),
    "summary_only": (
        "This slip is the store’s summary of the recall notice; only the maker can approve a claim.",
        f"Cette fiche résume l’avis de rappel pour le magasin{NBSP}; seul le fabricant peut accepter une "
        "réclamation.",
        "Esta hoja resume el aviso de retiro para la tienda; solo el fabricante puede aprobar una "
        "reclamación.",
    ),
    # -- the store's stub --
    "cut_here": (
        "Cut here: store copy",
        f"Découper ici{NBSP}: copie du magasin",
        "Corte aquí: copia de la tienda",
    ),
    "store_copy": ("STORE COPY", "COPIE DU MAGASIN", "COPIA DE LA TIENDA"),
    "verdict": ("Verdict", "Verdict", "Resultado"),
    "short_affected": ("Affected", "Concerné", "Afectado"),
    "short_check_with_manufacturer": (
        "Check with the manufacturer",
        "À vérifier auprès du fabricant",
        "Consultar al fabricante",
    ),
    "signature_ack": (
        "I received this slip and was told to stop using the device.",
        "J’ai reçu cette fiche et on m’a dit de ne plus utiliser l’appareil.",
        "Recibí esta hoja y se me indicó que deje de usar el aparato.",
    ),
    "signature": ("Customer signature", "Signature du client", "Firma del cliente"),
    "printed_name": ("Name (capitals)", "Nom (en capitales)", "Nombre (en mayúsculas)"),
    # -- the short receipt --
    "checked": ("Checked", "Vérifié", "Verificado"),
    "receipt_not_affected": (
        "CHECKED: NOT UNDER RECALL as of {date}",
        f"VÉRIFIÉ{NBSP}: PAS VISÉ PAR UN RAPPEL au {{date}}",
        "VERIFICADO: SIN RETIRO VIGENTE al {date}",
    ),
    "receipt_no_recall": (
        "CHECKED: NO RECALL ON FILE as of {date}",
        f"VÉRIFIÉ{NBSP}: AUCUN RAPPEL AU CATALOGUE au {{date}}",
        "VERIFICADO: NINGÚN RETIRO REGISTRADO al {date}",
    ),
    "receipt_not_part": (
        "This unit is not part of the recall below.",
        "Cet appareil ne fait pas partie du rappel ci-dessous.",
        "Este aparato no forma parte del retiro indicado abajo.",
    ),
    "receipt_no_recall_detail": (
        "No recall in the store’s catalog names what was checked.",
        "Aucun rappel du catalogue du magasin ne vise ce qui a été vérifié.",
        "Ningún retiro del catálogo de la tienda nombra lo verificado.",
    ),
    "why": ("Why", "Motif", "Motivo"),
    "receipt_disclaimer": (
        "This reflects the recalls in the store’s catalog on that date. It is not a safety certificate: "
        "a recall can be announced later.",
        f"Ce reçu reflète les rappels du catalogue du magasin à cette date. Ce n’est pas un certificat de "
        f"sécurité{NBSP}: un rappel peut être annoncé plus tard.",
        "Refleja los retiros del catálogo de la tienda en esa fecha. No es un certificado de seguridad: "
        "se puede anunciar un retiro más adelante.",
    ),
}


def keys() -> tuple[str, ...]:
    return tuple(_T)


def t(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang`` (en, fr or es), with ``values`` put in its placeholders."""
    try:
        text = _T[key][LANGS.index(lang)]
    except ValueError:
        raise ValueError(f"{lang!r} is not a slip language ({', '.join(LANGS)})") from None
    return text.format(**values) if values else text


def format_date(day: date, lang: str) -> str:
    """22 November 2026 the way each language writes it."""
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{month} {day.day}, {day.year}"
    if lang == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} de {month} de {day.year}"


def format_time(moment: datetime, lang: str) -> str:
    if lang == "en":
        hour = moment.hour % 12 or 12
        return f"{hour}:{moment.minute:02d} {'a.m.' if moment.hour < 12 else 'p.m.'}"
    if lang == "fr":
        return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def format_datetime(moment: datetime, lang: str) -> str:
    sep = {"en": ", ", "fr": ", ", "es": ", "}[lang]
    return format_date(moment.date(), lang) + sep + format_time(moment, lang)


def format_partial_date(text: str | None, lang: str) -> str | None:
    """A catalog date as precise as its source ("2024-12-05", "2024-11", "2021"), written out.

    ``None`` stays ``None``; a date this cannot read is returned as it is."""
    if not text:
        return None
    try:
        if len(text) == 10:
            return format_date(date.fromisoformat(text), lang)
        if len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            name = MONTHS[lang][month - 1]
            return f"{name} de {year}" if lang == "es" else f"{name} {year}"
    except (ValueError, IndexError):
        return text
    return text
