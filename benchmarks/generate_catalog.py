"""Generate a national-scale recall catalog and load it into a SQLite file.

Deterministic for a given ``--seed``: the same arguments give the same document,
byte for byte.  The document goes through the program's own validator
(``parse_document``) and loader (``replace_catalog``), exactly as an imported
catalog would.

    .venv/bin/python benchmarks/generate_catalog.py --out benchmarks/out/national.sqlite3

What is in it (defaults): 50,000 recalls, 150,000 model numbers in total, a few
hundred brands with Zipf-like frequency (a handful of brands own a large share
of the recalls, as in real recall lists), product names from real product
words, model numbers in the shapes makers print (A1263, ATH-CK3TW, BPD005,
SM-G991U, 60764-123, base + variant such as A3102016 of A3102), GTINs with
valid check digits, every kind of serial rule the catalog format supports and
colour questions that pick a variant or decide the outcome.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
import time
from bisect import bisect
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from recall_desk.catalog.db import open_engine
from recall_desk.catalog.load import FORMAT_NAME, FORMAT_VERSION, parse_document, replace_catalog
from recall_desk.core.identifiers import gtin_check_digit, model_key

DIGITS = string.digits
UPPER = string.ascii_uppercase
ALNUM = DIGITS + UPPER
# Letters makers avoid in serials (read as digits by the `read_as` rules).
SERIAL_ALNUM = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "national.sqlite3"


def _split(text: str) -> list[str]:
    """A word list written as "a|b|c" (one line in the source instead of one per word)."""
    return text.split("|")


# --- brands -----------------------------------------------------------------------------------------

REAL_BRANDS = (
    """
Anker, Belkin, Samsung, Apple, Sony, Audio-Technica, JBL, Bose, Philips, Dyson, Graco, Evenflo,
Chicco, Britax, Giro, Bell, Trek, Specialized, Cuisinart, Hamilton Beach, Instant Pot, Ninja,
Black+Decker, DeWalt, Makita, Ryobi, Vornado, Lasko, Honeywell, De'Longhi, Mr. Heater, IKEA,
Fisher-Price, Mattel, Hasbro, Baby Trend, Summer Infant, Skip Hop, Aukey, RAVPower, Mophie, Ugreen,
Baseus, Xiaomi, Jackery, EcoFlow, Goal Zero, Razor, Segway, Hover-1, Gotrax, Jetson,
Rad Power Bikes, Peloton, Sunbeam, Conair, Remington, Braun, Oster, KitchenAid, Crock-Pot, Presto,
Keurig, Breville, Dash, Cosori, Gourmia, Bella, Chefman, Tineco, Shark, Bissell, Hoover, iRobot,
Eufy, Wyze, Ring, Arlo, TP-Link, Netgear, Logitech, Razer, Corsair, HyperX, Skullcandy, Beats,
Jabra, Sennheiser, Plantronics, Tribit, Soundcore, Ultimate Ears, Marshall, Polk, Yamaha, Pioneer,
Kenwood, Panasonic, Sharp, Toshiba, LG, Hisense, TCL, Vizio, Insignia, Onn, Amazon Basics,
Energizer, Duracell, Rayovac, Coleman, Stanley, Yeti, Hydro Flask, Contigo, Thermos, Nuby,
Munchkin, Dr. Brown's, Tommee Tippee, Philips Avent, Boppy, Halo, Owlet, Nanit, UPPAbaby, Bugaboo,
Nuna, Cybex, Maxi-Cosi, Joovy, Thule, BOB, Kolcraft, Delta Children, Dream On Me, Storkcraft,
Little Tikes, Step2, VTech, LeapFrog, Melissa & Doug, Magna-Tiles, Schwinn, Huffy, Kent, Mongoose,
Diamondback, POC, Smith, Fox, Troy Lee Designs, Bern, Thousand, Lumos, Kask, Rockville, Pyle,
Monster, Vivitar, Polaroid, Kodak, Fujifilm, Nikon, Canon, GoPro, DJI, Insta360, Garmin, Fitbit,
Amazfit, Huawei, OnePlus, Motorola, Nokia, Google, Microsoft, Lenovo, Dell, HP, Asus, Acer, MSI,
Cooler Master, Thermaltake, EVGA, Seasonic, CyberPower, APC, Tripp Lite, GE, Feit Electric,
Sylvania, Cree, Govee, Nanoleaf, Lutron, Leviton, Kidde, First Alert, X-Sense, Ecobee, Nest,
Emerson, Whirlpool, Frigidaire, Maytag, Electrolux, Haier, Midea, hOmeLabs, Danby, Pelonis,
Dr. Infrared Heater, Heat Storm, Comfort Zone, Holmes, Rival, Dimplex, Duraflame, Char-Broil,
Weber, Traeger, Blackstone, Pit Boss, Greenworks, Worx, Sun Joe, Ego, Husqvarna, Craftsman,
Milwaukee, Bosch, Metabo HPT, Hart, Kobalt, Ridgid, Porter-Cable, Skil, Dremel
""".strip()
    .replace("\n", " ")
    .split(", ")
)

_SYL_A = _split(
    "Vol|Kin|Zen|Nor|Lum|Ard|Brio|Cal|Dax|Elo|Fyn|Gal|Hel|Ion|Jet|Kor|Lyr|Mav|Nex|Orb|Pax|"
    "Quo|Rex|Sol|Tav|Ulm|Vex|Wyn|Xen|Yor|Zor|Aur|Bel|Cor|Dyn|Ever"
)
_SYL_B = _split("ta|ro|ix|on|ex|ia|io|us|ar|en|ly|eo|an|is|ora|ani|ova|ent|ium|ara|ity|ex|o|a")
_SYL_C = _split("|||| Home| Tech| Audio| Baby| Power| Labs| Kids| Outdoor| Electric| Sports| Life| Pro")

# --- product words, by category ---------------------------------------------------------------------

CATEGORIES: dict[str, dict[str, Any]] = {
    "power_bank": {
        "nouns": _split(
            "Power Bank|Portable Charger|Magnetic Power Bank|Battery Pack|Wireless Power Bank|"
            "Laptop Power Bank|Portable Power Station"
        ),
        "specs": _split(
            "5,000mAh|10,000mAh|20,000mAh|10K|20K|26K|22.5W|30W|65W|USB-C|MagSafe compatible|built-in cable"
        ),
        "hazard": "The lithium-ion battery can overheat, posing fire and burn hazards.",
        "plural": "Power Banks",
        "hz": "Fire and Burn",
        "weight": 9,
    },
    "charger": {
        "nouns": _split(
            "Wall Charger|USB-C Charger|Wireless Charging Pad|Car Charger|GaN Charger|Charging Stand|"
            "Charging Cable|Watch Charger|Multi-Port Charging Station"
        ),
        "specs": _split("20W|30W|45W|65W|100W|3-in-1|2-Port|4-Port|15W|Qi"),
        "hazard": "The charger can overheat, posing fire and shock hazards.",
        "plural": "Chargers",
        "hz": "Fire and Shock",
        "weight": 7,
    },
    "speaker": {
        "nouns": _split(
            "Bluetooth Speaker|Portable Speaker|Smart Speaker|Soundbar|Party Speaker|Speakerphone|"
            "Waterproof Speaker"
        ),
        "specs": _split("mini|XL|2nd gen|stereo|20W|40W|outdoor"),
        "hazard": "The speaker's lithium-ion battery can overheat, posing a fire hazard.",
        "plural": "Speakers",
        "hz": "Fire",
        "weight": 6,
    },
    "earbuds": {
        "nouns": _split(
            "True Wireless Earbuds|Wireless Earphones (charging case)|Sport Earbuds|"
            "Noise Cancelling Earbuds|Open-Ear Headphones|Wireless Headphones|Gaming Headset|"
            "Kids Headphones"
        ),
        "specs": ["ANC", "charging case", "2nd gen", "Pro", "Lite", "Bluetooth 5.3"],
        "hazard": "The charging case can overheat, posing burn and fire hazards.",
        "plural": "Earbuds",
        "hz": "Burn",
        "weight": 6,
    },
    "heater": {
        "nouns": _split(
            "Space Heater|Ceramic Tower Heater|Oil-Filled Radiator Heater|Portable Propane Heater|"
            "Infrared Quartz Heater|Baseboard Heater|Electric Fireplace|Heated Blanket|Patio Heater"
        ),
        "specs": ["1500W", "750W", "with thermostat", "with remote", "tip-over switch", "18,000 BTU"],
        "hazard": "The heater can overheat, posing fire and burn hazards.",
        "plural": "Heaters",
        "hz": "Fire",
        "weight": 6,
    },
    "helmet": {
        "nouns": _split(
            "Bicycle Helmet|Youth Bike Helmet|Toddler Helmet|Ski Helmet|Motorcycle Helmet|"
            "Skate Helmet|E-Bike Helmet|Equestrian Helmet"
        ),
        "specs": _split("MIPS|size S|size M|size L|youth|adult|with LED light"),
        "hazard": "The helmet can fail to protect in a crash, posing a risk of head injury.",
        "plural": "Helmets",
        "hz": "Head Injury",
        "weight": 5,
    },
    "stroller": {
        "nouns": _split(
            "Stroller|Jogging Stroller|Travel System Stroller|Umbrella Stroller|Double Stroller|"
            "Stroller Wagon|Lightweight Stroller"
        ),
        "specs": ["single", "double", "with car seat", "compact fold", "all-terrain"],
        "hazard": "The stroller's hinge can pinch or amputate a child's fingertip.",
        "plural": "Strollers",
        "hz": "Amputation and Laceration",
        "weight": 5,
    },
    "juvenile": {
        "nouns": _split(
            "Infant Car Seat|Convertible Car Seat|High Chair|Baby Swing|Bassinet|Crib|Play Yard|"
            "Baby Bouncer|Infant Sleeper|Baby Carrier|Bath Seat|Baby Monitor|Baby Gate"
        ),
        "specs": _split("infant|toddler|2-in-1|3-in-1|4-in-1|portable|convertible"),
        "hazard": "Infants can roll over and become trapped, posing suffocation and fall hazards.",
        "plural": "Infant Products",
        "hz": "Suffocation and Fall",
        "weight": 7,
    },
    "rideable": {
        "nouns": _split(
            "Electric Scooter|Hoverboard|Self-Balancing Scooter|E-Bike|Electric Bike Battery|"
            "Kick Scooter|Electric Skateboard|Kids Ride-On"
        ),
        "specs": _split("36V|48V|350W|500W|folding|kids|adult|10 in."),
        "hazard": "The lithium-ion battery pack can overheat, posing fire and burn hazards.",
        "plural": "Scooters",
        "hz": "Fire",
        "weight": 5,
    },
    "kitchen": {
        "nouns": _split(
            "Blender|Air Fryer|Pressure Cooker|Coffee Maker|Electric Kettle|Toaster Oven|Slow Cooker|"
            "Stand Mixer|Food Processor|Waffle Maker|Rice Cooker|Juicer|Espresso Machine|"
            "Multi-Cooker"
        ),
        "specs": _split("6 qt|8 qt|1.7 L|12-cup|1000W|1500W|digital|stainless"),
        "hazard": "The lid can open while the contents are under pressure, posing a burn hazard.",
        "plural": "Kitchen Appliances",
        "hz": "Burn",
        "weight": 8,
    },
    "home": {
        "nouns": _split(
            "Dehumidifier|Humidifier|Extension Cord|Power Strip|Smoke Alarm|Carbon Monoxide Alarm|"
            "Ceiling Fan|Tower Fan|Air Purifier|Robot Vacuum|Cordless Vacuum|Electric Blanket|"
            "Surge Protector"
        ),
        "specs": _split("30-pint|50-pint|6-outlet|12 ft|25 ft|HEPA|smart|Wi-Fi"),
        "hazard": "The product can overheat, posing fire and burn hazards.",
        "plural": "Home Appliances",
        "hz": "Fire",
        "weight": 8,
    },
    "lighting": {
        "nouns": _split(
            "LED Desk Lamp|String Lights|Flashlight|Headlamp|Night Light|Solar Garden Light|"
            "Work Light|Smart Bulb|Lantern"
        ),
        "specs": ["LED", "rechargeable", "USB", "solar", "battery-powered", "dimmable"],
        "hazard": "The light can overheat and melt, posing fire and burn hazards.",
        "plural": "Lights",
        "hz": "Fire",
        "weight": 5,
    },
    "tools": {
        "nouns": _split(
            "Cordless Drill|Battery Pack|Chainsaw|Pressure Washer|Leaf Blower|Circular Saw|"
            "Impact Driver|Lawn Mower|String Trimmer|Battery Charger|Angle Grinder|Hedge Trimmer"
        ),
        "specs": _split("18V|20V MAX|40V|60V|brushless|cordless|5.0Ah|2.0Ah"),
        "hazard": "The tool can start unexpectedly, posing a laceration hazard.",
        "plural": "Power Tools",
        "hz": "Laceration",
        "weight": 6,
    },
    "toys": {
        "nouns": _split(
            "Toy|Magnetic Building Set|Teething Toy|Plush Toy|Ride-On Toy|Activity Cube|Toy Car|"
            "Bath Toy|Rattle|Play Kitchen|Slime Kit|Water Beads|Toy Drone"
        ),
        "specs": ["ages 3+", "ages 1+", "24-piece", "100-piece", "musical", "light-up"],
        "hazard": "Small parts can detach, posing a choking hazard to young children.",
        "plural": "Toys",
        "hz": "Choking",
        "weight": 7,
    },
    "furniture": {
        "nouns": _split(
            "Dresser|Chest of Drawers|Bunk Bed|Bookcase|TV Stand|Nightstand|Office Chair|"
            "Folding Table|Bar Stool|Toddler Bed|Changing Table"
        ),
        "specs": _split("3-drawer|6-drawer|white|oak|walnut|twin|full"),
        "hazard": "The furniture can tip over if not anchored, posing tip-over and entrapment "
        "hazards that can result in death or injuries to children.",
        "plural": "Dressers",
        "hz": "Tip-Over and Entrapment",
        "weight": 5,
    },
    "mobile": {
        "nouns": _split(
            "Smartphone|Tablet|Smartwatch|Fitness Tracker|Laptop Battery|Laptop|E-Reader|"
            "Phone Case with Battery|Kids Tablet|Action Camera"
        ),
        "specs": _split("64GB|128GB|5G|LTE|10.1 in.|Wi-Fi|44mm|40mm"),
        "hazard": "The battery can swell and overheat, posing fire and burn hazards.",
        "plural": "Devices",
        "hz": "Fire and Burn",
        "weight": 4,
    },
}
CATEGORY_NAMES = list(CATEGORIES)

SERIES_WORDS = _split(
    "Core|Boost|Zolo|Mag|Nano|Ultra|Prime|Flex|Air|Go|Max|Volt|Wave|Pulse|Edge|Spark|Nova|"
    "Glide|Sonic|Snug|Cozy|Aero|Swift|Titan|Pixel|Echo|Breeze|Terra|Luna|Solo|Duo|Trio|Quest|"
    "Rally|Summit|Orbit|Comet|Apex"
)
SERIES_TAILS = _split("|| Pro| Plus| Mini| Lite| Max| S| X| 2| 3| Go")
COLOURS = _split("black|white|red|blue|grey|pink|green|navy|silver|rose gold|yellow|purple|beige|orange")
RETAILERS = _split(
    "Amazon.com|Walmart|Target|Best Buy|Home Depot|Lowe's|Costco|Kohl's|Menards|eBay|Temu|"
    "AliExpress|Buy Buy Baby|Dick's Sporting Goods|Bed Bath & Beyond|Sam's Club|"
    "Canadian Tire|Staples|Costco.ca|Well.ca"
)
REMEDY_KINDS = ["replace", "refund", "repair", "gift_card", "store_credit"]
VIEWS = _split("bottom|back|side|inside-lid|inside-case|underside|frame|tag")
AGENCIES = [("CPSC", 55), ("Health Canada", 20), ("ACCC", 8), ("OPSS", 5), ("maker", 12)]


# --- small helpers ----------------------------------------------------------------------------------


def weighted_picker(rng: random.Random, items: list[Any], weights: list[float]) -> Any:
    cum = list(accumulate(weights))
    total = cum[-1]

    def pick() -> Any:
        return items[bisect(cum, rng.random() * total)]

    return pick


def rand_str(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_gtin(rng: random.Random, length: int) -> str:
    body = rand_str(rng, DIGITS, length - 1)
    if length == 12:
        body = rng.choice("0678") + body[1:]  # UPC-A number system digits in common use
    return body + str(gtin_check_digit(body))


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


# --- model-number shapes ----------------------------------------------------------------------------


PREFIX_LETTERS = "ABCDEFGHJKLMNPRSTVWXZ"


class ModelShape:
    """One maker's way of numbering its products."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.style = style
        self.rng = rng
        # A maker's prefix families; a big maker gains more as its numbers fill up (grow()).
        self.letters = [rng.choice(PREFIX_LETTERS)]
        self.prefix2s = [rand_str(rng, PREFIX_LETTERS, 2)]
        self.prefix3s = [rand_str(rng, PREFIX_LETTERS, 3)]
        self.numeric5s = [str(rng.randint(10000, 99999))]
        self.variants = style in ("anker", "letters_digits", "tool") and rng.random() < 0.6

    def grow(self) -> None:
        rng = self.rng
        self.letters.append(rng.choice(PREFIX_LETTERS))
        self.prefix2s.append(rand_str(rng, PREFIX_LETTERS, 2))
        self.prefix3s.append(rand_str(rng, PREFIX_LETTERS, 3))
        self.numeric5s.append(str(rng.randint(10000, 99999)))

    @property
    def letter(self) -> str:
        return self.rng.choice(self.letters)

    @property
    def prefix2(self) -> str:
        return self.rng.choice(self.prefix2s)

    @property
    def prefix3(self) -> str:
        return self.rng.choice(self.prefix3s)

    @property
    def numeric5(self) -> str:
        return self.rng.choice(self.numeric5s)

    def base(self) -> str:
        """A model number as printed, before any variant suffix."""
        rng, s = self.rng, self.style
        if s == "anker":  # A1263
            return self.letter + rand_str(rng, DIGITS, 4)
        if s == "dash_alpha":  # ATH-CK3TW, WH-1000XM4, MDR-ZX110
            tail = rng.choice(
                [
                    lambda: rand_str(rng, UPPER, 2) + rng.choice(DIGITS) + rand_str(rng, UPPER, 2),
                    lambda: rand_str(rng, DIGITS, 4) + rand_str(rng, UPPER, 2) + rng.choice(DIGITS),
                    lambda: rand_str(rng, UPPER, 2) + rand_str(rng, DIGITS, 3),
                    lambda: (
                        rand_str(rng, UPPER, 2)
                        + rng.choice(DIGITS)
                        + rand_str(rng, UPPER, 2)
                        + rng.choice(DIGITS)
                    ),
                ]
            )()
            return f"{self.prefix3 if rng.random() < 0.7 else self.prefix2}-{tail}"
        if s == "letters_digits":  # BPD005
            return self.prefix2 + rng.choice(UPPER) + rand_str(rng, DIGITS, 3)
        if s == "samsung":  # SM-G991U
            return (
                f"{self.prefix2}-{rng.choice(UPPER)}{rand_str(rng, DIGITS, 3)}"
                f"{rng.choice(_split('U|W|N|B|F|U1|DS|'))}"
            )
        if s == "numeric_dash":  # 60764-123
            tail = rand_str(rng, DIGITS, rng.choice([3, 3, 3, 4]))
            return f"{self.numeric5[: rng.choice([5, 5, 4])]}-{tail}"
        if s == "tool":  # DCB205, DCF887B, 2767-20
            if rng.random() < 0.25:
                return f"{rand_str(rng, DIGITS, 4)}-{rand_str(rng, DIGITS, 2)}"
            return (
                self.prefix2 + rng.choice(UPPER) + rand_str(rng, DIGITS, 3) + rng.choice(["", "", "B", "X"])
            )
        if s == "appliance":  # HD-2000X, CM1200, KSM150PS, TO.1500
            sep = rng.choice(["", "", "-", "-", "."])
            return (
                f"{self.prefix2}{sep}{rand_str(rng, DIGITS, rng.choice([3, 4, 4]))}"
                f"{rng.choice(_split('||X|S|PS|B|W'))}"
            )
        if s == "juvenile":  # 1872283, 2048754, FP-12345
            if rng.random() < 0.6:
                return str(rng.randint(1_000_000, 9_999_999))
            return f"{self.prefix2}{rng.choice(['', '-'])}{rand_str(rng, DIGITS, 5)}"
        if s == "slash":  # KX-TG7731/S, 3100/2
            return f"{self.prefix2}{rand_str(rng, DIGITS, 4)}/{rng.choice(UPPER + DIGITS)}"
        raise ValueError(s)

    def variant(self, base: str) -> str:
        """A full model number on a base: A3102016 on A3102, DCB205-2 on DCB205."""
        rng = self.rng
        if self.style == "anker":
            return base + rand_str(rng, DIGITS, 3)
        return (
            base
            + rng.choice(["-", "", "-"])
            + rng.choice(
                [rand_str(rng, DIGITS, 2), rng.choice(UPPER) + rng.choice(DIGITS), rand_str(rng, UPPER, 2)]
            )
        )


BRAND_CATEGORIES = {
    "Anker": ["power_bank", "charger", "speaker", "earbuds"],
    "Belkin": ["charger", "power_bank"],
    "Samsung": ["mobile", "charger", "earbuds", "kitchen"],
    "Apple": ["mobile", "charger", "earbuds"],
    "Sony": ["earbuds", "speaker", "mobile"],
    "Audio-Technica": ["earbuds"],
    "JBL": ["speaker", "earbuds"],
    "Bose": ["speaker", "earbuds"],
    "Philips": ["kitchen", "lighting", "juvenile"],
    "Dyson": ["home", "heater"],
    "Graco": ["stroller", "juvenile"],
    "Evenflo": ["stroller", "juvenile"],
    "Chicco": ["stroller", "juvenile"],
    "Britax": ["stroller", "juvenile"],
    "Giro": ["helmet"],
    "Bell": ["helmet"],
    "Trek": ["helmet", "rideable"],
    "Specialized": ["helmet", "rideable"],
    "Cuisinart": ["kitchen"],
    "Hamilton Beach": ["kitchen"],
    "Instant Pot": ["kitchen"],
    "Ninja": ["kitchen"],
    "Black+Decker": ["tools", "kitchen", "home"],
    "DeWalt": ["tools"],
    "Makita": ["tools"],
    "Ryobi": ["tools"],
    "Vornado": ["heater", "home"],
    "Lasko": ["heater", "home"],
    "Honeywell": ["heater", "home"],
    "De'Longhi": ["heater", "kitchen"],
    "Mr. Heater": ["heater"],
    "IKEA": ["furniture", "lighting", "juvenile", "toys"],
    "Fisher-Price": ["juvenile", "toys"],
    "Mattel": ["toys"],
    "Hasbro": ["toys"],
    "Baby Trend": ["stroller", "juvenile"],
    "Summer Infant": ["juvenile"],
    "Skip Hop": ["juvenile", "toys"],
    "Aukey": ["charger", "power_bank"],
    "RAVPower": ["power_bank", "charger"],
    "Mophie": ["power_bank", "charger"],
    "Ugreen": ["charger", "power_bank"],
    "Baseus": ["charger", "power_bank"],
    "Xiaomi": ["mobile", "rideable", "power_bank"],
    "Jackery": ["power_bank"],
    "EcoFlow": ["power_bank"],
    "Razor": ["rideable", "helmet"],
    "Segway": ["rideable"],
    "Hover-1": ["rideable"],
    "Gotrax": ["rideable"],
    "Jetson": ["rideable"],
    "Rad Power Bikes": ["rideable"],
    "Peloton": ["rideable", "home"],
    "Sunbeam": ["kitchen", "home"],
    "Conair": ["home", "kitchen"],
    "Soundcore": ["speaker", "earbuds"],
    "Milwaukee": ["tools", "lighting"],
    "Kidde": ["home"],
    "First Alert": ["home"],
    "Delta Children": ["furniture", "juvenile"],
    "VTech": ["toys", "juvenile"],
}

STYLES = _split("anker|dash_alpha|letters_digits|samsung|numeric_dash|tool|appliance|juvenile|slash")
STYLE_WEIGHTS = [18, 14, 14, 6, 8, 10, 16, 10, 4]
CATEGORY_STYLE = {
    "juvenile": ["juvenile", "juvenile", "letters_digits", "numeric_dash"],
    "stroller": ["juvenile", "letters_digits", "numeric_dash"],
    "furniture": ["numeric_dash", "juvenile", "letters_digits"],
    "toys": ["juvenile", "numeric_dash", "letters_digits", "appliance"],
    "tools": ["tool", "tool", "appliance"],
    "mobile": ["samsung", "dash_alpha", "anker"],
}


# --- serial rules -----------------------------------------------------------------------------------


def serial_rule(rng: random.Random, brand: str, key: str) -> tuple[dict[str, Any], str]:
    """A serial rule of one of the kinds real notices use, and the kind's name."""
    site = f"https://www.{slug(brand)}.com/recall/{key}"
    kind = rng.choices(
        _split(
            "all_units|length_charset|prefix|range_numeric|range_alnum|list|mask|suffix_exclusion|"
            "date_code|no_serial|read_as|manufacturer_list|min_max_length|contains_exclusion|"
            "combined"
        ),
        weights=[34, 8, 9, 6, 3, 5, 5, 4, 7, 3, 4, 6, 2, 1, 3],
    )[0]
    label = rng.choice(
        _split(
            "serial number|serial number|serial number|SN Code|lot code|batch code|"
            "code on the sticker inside the lid"
        )
    )
    rule: dict[str, Any] = {"label": label}
    if kind == "all_units":
        if rng.random() < 0.5:
            rule["reasons"] = {"in_scope": "Every unit of this model is part of the recall."}
        if rng.random() < 0.3:
            rule["no_serial"] = "affected"
        return rule, kind
    if kind == "length_charset":
        rule.update(
            length=rng.choice([10, 12, 14, 16, 16, 18, 20]),
            charset=rng.choice(["alnum", "alnum", "digits", "hex"]),
            outside_format="not_affected",
            manufacturer_list=site,
        )
        rule["reasons"] = {
            "outside_format": f"Only units with a {rule['length']}-character serial are part of this recall."
        }
        return rule, kind
    if kind == "manufacturer_list":
        rule.update(manufacturer_list=site)
        if rng.random() < 0.5:
            rule.update(length=rng.choice([12, 14, 16]), charset="alnum")
        return rule, kind
    if kind == "prefix":
        n = rng.choice([10, 12, 13, 14, 16])
        prefixes = sorted(
            {
                rand_str(rng, DIGITS + "ABCDEFGHJKLMNPRSTUVWXYZ", rng.choice([2, 3, 3, 4]))
                for _ in range(rng.choice([1, 1, 1, 2, 3]))
            }
        )
        rule.update(
            length=n,
            charset="alnum",
            match=[{"kind": "prefix", "values": prefixes}],
            outside_format="not_affected",
            out_of_scope="not_affected",
        )
        if rng.random() < 0.4:
            rule["no_serial"] = "check_with_manufacturer"
        return rule, kind
    if kind == "range_numeric":
        width = rng.choice([4, 6, 7, 8, 9])
        start = rng.randint(0, 10**width // 2)
        end = start + rng.randint(10, 10 ** (width - 1))
        end = min(end, 10**width - 1)
        rule.update(
            length=width,
            charset="digits",
            match=[{"kind": "range", "start": str(start).zfill(width), "end": str(end).zfill(width)}],
            outside_format="check_with_manufacturer",
        )
        if rng.random() < 0.3:
            rule["no_serial"] = "affected"
        return rule, kind
    if kind == "range_alnum":
        width = rng.choice([6, 8, 10])
        head = rand_str(rng, UPPER, 2)
        a = head + rand_str(rng, ALNUM, width - 2)
        b = head + rand_str(rng, ALNUM, width - 2)
        start, end = min(a, b), max(a, b)
        rule.update(length=width, charset="alnum", match=[{"kind": "range", "start": start, "end": end}])
        return rule, kind
    if kind == "list":
        width = rng.choice([8, 10, 12])
        values = sorted({rand_str(rng, SERIAL_ALNUM, width) for _ in range(rng.choice([3, 8, 20, 60, 200]))})
        rule.update(match=[{"kind": "list", "values": values}], out_of_scope="not_affected")
        return rule, kind
    if kind == "mask":
        n_fixed = rng.choice([3, 4, 5])
        patterns = sorted(
            {
                rand_str(rng, DIGITS, n_fixed) + "X" * rng.choice([6, 8, 9])
                for _ in range(rng.choice([1, 1, 2]))
            }
        )
        rule.update(match=[{"kind": "mask", "patterns": patterns}])
        return rule, kind
    if kind == "suffix_exclusion":
        rule.update(
            exclude=[
                {"kind": "suffix", "values": sorted({rng.choice(UPPER) for _ in range(rng.choice([1, 2]))})}
            ]
        )
        rule["reasons"] = {"exclude": "Units whose code ends in the listed letter were built after the fix."}
        return rule, kind
    if kind == "contains_exclusion":
        rule.update(
            exclude=[{"kind": "contains", "values": [rng.choice(["OUT DC5V.", "REV B", "V2", "-R"])]}]
        )
        return rule, kind
    if kind == "date_code":
        fmt = rng.choice(["YYWW", "YYWW", "YYMM", "YYYYMMDD", "MM/DD/YYYY", "YYYYWW"])
        start = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3650))
        end = start + timedelta(days=rng.randint(30, 900))
        rule.update(
            label="date code",
            match=[{"kind": "date_code", "format": fmt, "start": start.isoformat(), "end": end.isoformat()}],
        )
        return rule, kind
    if kind == "no_serial":
        rule.update(
            length=rng.choice([8, 10, 12]),
            charset="alnum",
            no_serial=rng.choice(["affected", "not_affected", "check_with_manufacturer"]),
            match=[{"kind": "prefix", "values": [rand_str(rng, UPPER, 2)]}],
        )
        rule["reasons"] = {"no_serial": "The notice says what a unit with no serial printed means."}
        return rule, kind
    if kind == "read_as":
        rule.update(
            read_as={"O": "0", "I": "1"},
            read_as_note=f"{brand} serials use no letter O or I",
            length=rng.choice([12, 16]),
            charset="alnum",
            match=[{"kind": "prefix", "values": [rand_str(rng, DIGITS, 2)]}],
        )
        return rule, kind
    if kind == "min_max_length":
        lo = rng.choice([6, 8, 10])
        rule.update(
            min_length=lo,
            max_length=lo + rng.choice([2, 4, 6]),
            charset="alnum",
            outside_format="not_affected",
        )
        return rule, kind
    # combined: a window of numbers with a suffix exclusion and a read_as, as some notices have
    width = rng.choice([8, 10])
    start = rng.randint(10 ** (width - 1), 5 * 10 ** (width - 1))
    rule.update(
        length=width,
        charset="alnum",
        read_as={"O": "0"},
        match=[
            {"kind": "range", "start": str(start), "end": str(start + rng.randint(1000, 10**6))},
            {"kind": "prefix", "values": [rand_str(rng, UPPER, 2)]},
        ],
        exclude=[{"kind": "suffix", "values": ["R"]}],
        no_serial="check_with_manufacturer",
    )
    return rule, kind


# --- the generator ----------------------------------------------------------------------------------


class Generator:
    def __init__(self, seed: int, n_recalls: int, n_models: int) -> None:
        self.rng = random.Random(seed)
        self.n_recalls = n_recalls
        self.n_models = n_models
        self.used_models: set[str] = set()
        self.used_gtins: set[str] = set()
        self.recall_numbers: set[str] = set()
        self.rule_kinds: dict[str, int] = {}
        self.stats = {
            "products": 0,
            "models": 0,
            "variant_models": 0,
            "shared_models": 0,
            "gtins": 0,
            "questions": 0,
        }
        self._brands()

    def _brands(self) -> None:
        rng = self.rng
        names = list(REAL_BRANDS)
        seen = {n.lower() for n in names}
        while len(names) < 420:
            n = rng.choice(_SYL_A) + rng.choice(_SYL_B) + rng.choice(_SYL_C)
            if n.lower() not in seen:
                seen.add(n.lower())
                names.append(n)
        # The best-known brands take the top ranks (in a seeded order), the rest follow.
        head, tail = names[:60], names[60:]
        rng.shuffle(head)
        rng.shuffle(tail)
        names = head + tail
        # Zipf-Mandelbrot: the rank-r brand has weight 1 / (r + 2.7); the top brand has about 5 %
        # of the recalls and the top 20 about a third, as in real recall lists.
        self.brands = names
        self.brand_weights = [1.0 / (r + 2.7) for r in range(1, len(names) + 1)]
        self.pick_brand = weighted_picker(rng, names, self.brand_weights)
        self.brand_info: dict[str, dict[str, Any]] = {}
        for name in names:
            cats = BRAND_CATEGORIES.get(name) or rng.sample(CATEGORY_NAMES, rng.choice([1, 2, 2, 3, 4]))
            styles = {}
            for c in cats:
                style = (
                    rng.choice(CATEGORY_STYLE[c])
                    if c in CATEGORY_STYLE and rng.random() < 0.8
                    else rng.choices(STYLES, STYLE_WEIGHTS)[0]
                )
                styles[c] = ModelShape(rng, style)
            series = [rng.choice(SERIES_WORDS) + rng.choice(SERIES_TAILS) for _ in range(rng.randint(1, 5))]
            self.brand_info[name] = {"cats": cats, "shapes": styles, "series": series}
        self.pick_agency = weighted_picker(rng, [a for a, _ in AGENCIES], [w for _, w in AGENCIES])

    # model counts: products per recall and models per product, summing to exactly n_models
    def _plan(self) -> list[list[int]]:
        rng = self.rng
        plan = []
        for _ in range(self.n_recalls):
            n_products = rng.choices([1, 2, 3, 4, 6], weights=[78, 12, 5, 3, 2])[0]
            plan.append(
                [
                    rng.choices([1, 2, 3, 4, 6, 10, 24], weights=[44, 20, 12, 9, 8, 5, 2])[0]
                    for _ in range(n_products)
                ]
            )
        total = sum(map(sum, plan))
        # Nudge random products up or down until the total is exact.
        while total != self.n_models:
            r = rng.randrange(len(plan))
            p = rng.randrange(len(plan[r]))
            if total < self.n_models:
                step = min(self.n_models - total, rng.randint(1, 3))
                plan[r][p] += step
                total += step
            elif plan[r][p] > 1:
                plan[r][p] -= 1
                total -= 1
        return plan

    def _new_model(self, make: Any, shape: ModelShape) -> str:
        for attempt in range(200):
            m = make()
            k = model_key(m)
            if k and k not in self.used_models:
                self.used_models.add(k)
                return m
            if attempt % 20 == 19:
                shape.grow()
        raise RuntimeError("model number space exhausted")

    def _models(self, shape: ModelShape, n: int) -> list[dict[str, Any]]:
        """``n`` model entries; with base+variant groups when the maker numbers that way."""
        rng = self.rng
        # Now and then a model number is recalled again (a second recall of the same unit).
        if n == 1 and self.used_models and rng.random() < 0.01 and self._recent:
            self.stats["shared_models"] += 1
            return [{"number": rng.choice(self._recent)}]
        if shape.variants and rng.random() < 0.5:
            out: list[dict[str, Any]] = []
            while len(out) < n:
                base = self._new_model(shape.base, shape)
                for _ in range(min(n - len(out), rng.choice([1, 2, 3, 4]))):
                    v = self._new_model(lambda b=base: shape.variant(b), shape)
                    out.append({"number": v, "base": base})
                    self.stats["variant_models"] += 1
            return out
        return [{"number": self._new_model(shape.base, shape)} for _ in range(n)]

    def _date(self) -> date:
        # More recalls in recent years, as recall lists grow.
        year = 2026 - min(25, int(self.rng.expovariate(1 / 6.0)))
        d = date(year, 1, 1) + timedelta(days=self.rng.randint(0, 364))
        return min(d, date(2026, 11, 20))

    def _recall_number(self, agency: str, when: date) -> str | None:
        rng = self.rng
        for _ in range(100):
            if agency == "CPSC":
                num = f"{when.year % 100:02d}-{rng.randint(1, 999):03d}"
            elif agency == "Health Canada":
                num = f"RA-{rng.randint(10000, 99999)}"
            elif agency == "ACCC":
                num = f"PRA {when.year}/{rng.randint(18000, 21999)}"
            elif agency == "OPSS":
                num = f"PSD-{when.year}-{rng.randint(1000, 9999)}"
            else:
                return None
            if num not in self.recall_numbers:
                self.recall_numbers.add(num)
                return num
        return None

    def product(self, brand: str, cat: str, n_models: int, key: str) -> dict[str, Any]:
        rng = self.rng
        info = self.brand_info[brand]
        spec = CATEGORIES[cat]
        shape: ModelShape = info["shapes"][cat]
        models = self._models(shape, n_models)
        noun = rng.choice(spec["nouns"])
        series = rng.choice(info["series"])
        form = rng.random()
        first = models[0].get("base") or models[0]["number"]
        if form < 0.35:
            name = f"{series} {noun} ({rng.choice(spec['specs'])})"
        elif form < 0.6:
            name = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(1, 9)} {noun}"
        elif form < 0.8:
            name = f"{noun} ({first})"
        else:
            name = f"{series} {noun}, {rng.choice(spec['specs'])}"
        product: dict[str, Any] = {"brand": brand, "name": name, "models": models}
        colours = rng.sample(COLOURS, rng.choice([0, 0, 1, 1, 2, 3]))
        if colours:
            product["colours"] = colours
        if rng.random() < 0.3:
            gtins = []
            for _ in range(rng.choice([1, 1, 2, 3])):
                g = make_gtin(rng, rng.choice([12, 12, 13]))
                if g not in self.used_gtins:
                    self.used_gtins.add(g)
                    gtins.append(g)
            if gtins:
                product["gtins"] = gtins
                self.stats["gtins"] += len(gtins)
        if rng.random() < 0.5:
            product["description"] = (
                f"{rng.choice(colours or COLOURS).capitalize()} {noun.lower()}"
                f" with the {brand} logo on the front."
            )
        view = rng.choice(VIEWS)
        product["model_label"] = {"where": f"Printed on the {view}", "view": view}
        if rng.random() < 0.6:
            product["model_label"]["text"] = f"Model: {first}"
        rule, kind = serial_rule(rng, brand, key)
        self.rule_kinds[kind] = self.rule_kinds.get(kind, 0) + 1
        product["serial_rule"] = rule
        if kind != "all_units":
            product["serial_label"] = {"where": f"On the {rng.choice(VIEWS)}", "view": rng.choice(VIEWS)}
        # A colour question: each variant is one colour (A3102016 is the black A3102), or the
        # colour alone decides.
        if 2 <= len(models) <= 6 and all(m.get("base") for m in models) and rng.random() < 0.5:
            shades = rng.sample(COLOURS, len(models))
            choices: list[dict[str, Any]] = []
            for m, shade in zip(models, shades, strict=True):
                m["answers"] = {"colour": shade}
                choices.append({"value": shade, "label": shade.capitalize(), "model": m["number"]})
            choices.append(
                {
                    "value": "other",
                    "label": "Another colour",
                    "outcome": "not_affected",
                    "reason": f"Only the listed colours of {first} are part of the recall.",
                }
            )
            product["questions"] = [
                {"key": "colour", "text": f"What colour is the {noun.lower()}?", "choices": choices}
            ]
            self.stats["questions"] += 1
        elif colours and rng.random() < 0.15:
            product["questions"] = [
                {
                    "key": "colour",
                    "text": f"What colour is the {noun.lower()}?",
                    "choices": [
                        {"value": colours[0], "label": colours[0].capitalize(), "outcome": "affected"},
                        {
                            "value": "other",
                            "label": "Another colour",
                            "outcome": "not_affected",
                            "reason": f"Only the {colours[0]} {noun.lower()} is part of the recall.",
                        },
                    ],
                }
            ]
            self.stats["questions"] += 1
        self.stats["products"] += 1
        self.stats["models"] += len(models)
        return product

    def recall(self, i: int, plan: list[int]) -> dict[str, Any]:
        rng = self.rng
        brand = self.pick_brand()
        info = self.brand_info[brand]
        cat = rng.choice(info["cats"])
        spec = CATEGORIES[cat]
        agency = self.pick_agency()
        when = self._date()
        number = self._recall_number(agency, when)
        key = f"{slug(agency)}-{when.year}-{i:06d}"
        products = [
            self.product(brand, cat if j == 0 or rng.random() < 0.7 else rng.choice(info["cats"]), n, key)
            for j, n in enumerate(plan)
        ]
        for p in products:
            for m in p["models"]:
                if len(self._recent) < 5000:
                    self._recent.append(m["number"])
                else:
                    self._recent[rng.randrange(5000)] = m["number"]
        what = spec["plural"] if len(products) > 1 else products[0]["name"]
        retailer = rng.choice(RETAILERS)
        title = rng.choice(
            [
                f"{brand} Recalls {what} Due to {spec['hz']} Hazard",
                f"{brand} {what} Recalled Due to {spec['hz']} Hazard; Sold Exclusively at {retailer}",
                f"{what} Recalled by {brand} Due to {spec['hz']} Hazards",
                f"{brand} recalls {what.lower()}",
            ]
        )
        units = rng.choice([120, 800, 2_100, 4_000, 9_764, 42_000, 69_000, 250_000, 1_100_000])
        site = f"https://www.{slug(brand)}.com"
        doc: dict[str, Any] = {
            "key": key,
            "agency": brand if agency == "maker" else agency,
            "title": title,
            "date": when.isoformat() if rng.random() < 0.92 else when.isoformat()[:7],
            "hazard": spec["hazard"],
            "remedy": {
                "kinds": sorted(set(rng.sample(REMEDY_KINDS, rng.choice([1, 1, 2])))),
                "text": f"Stop using the product and contact {brand} for a free remedy.",
            },
            "contact": {
                "phone": f"800-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                "phone_hours": "9 a.m. to 5 p.m. ET, Monday through Friday",
                "claim_url": f"{site}/recall",
            },
            "units_us": f"About {units:,}",
            "sold_at": f"{retailer} and online",
            "sold_period": f"{when.year - 1} through {when.year}",
            "notice_url": f"https://recalls.example/{key}",
            "source_urls": [f"https://recalls.example/{key}"],
            "products": products,
        }
        if number:
            doc["number"] = number
        if rng.random() < 0.6:
            n = rng.randint(1, 60)
            doc["incidents"] = f"{n} report{'s' if n != 1 else ''} of overheating or failure."
        if rng.random() < 0.4:
            doc["injuries"] = rng.choice(["None reported.", "One minor burn injury.", "2 injuries."])
        if rng.random() < 0.3:
            doc["units_canada"] = f"About {units // rng.randint(5, 20):,}"
        return doc

    def document(self) -> dict[str, Any]:
        self._recent: list[str] = []
        plan = self._plan()
        recalls = [self.recall(i, p) for i, p in enumerate(plan)]
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "version": "2026.11.22-national-synthetic",
            "published": "2026-11-22",
            "description": f"Synthetic national-scale catalog for benchmarks ({len(recalls):,} recalls).",
            "recalls": recalls,
        }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="SQLite file to (re)create")
    ap.add_argument("--recalls", type=int, default=50_000)
    ap.add_argument("--models", type=int, default=150_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--json-out",
        type=Path,
        default=None,
        help="also write the catalog document here (it is ~100 MB at full scale)",
    )
    ap.add_argument(
        "--analyze",
        action="store_true",
        help="run SQLite ANALYZE after loading (the program's own import does not)",
    )
    args = ap.parse_args(argv)
    if args.models < args.recalls:
        ap.error("--models must be at least --recalls (every product has a model number)")

    t0 = time.perf_counter()
    gen = Generator(args.seed, args.recalls, args.models)
    data = gen.document()
    t1 = time.perf_counter()
    print(
        f"generated {len(data['recalls']):,} recalls, {gen.stats['products']:,} products, "
        f"{gen.stats['models']:,} model numbers in {t1 - t0:.1f} s"
    )
    print(
        f"  {len(gen.brands)} brands; {gen.stats['variant_models']:,} variant models with a base; "
        f"{gen.stats['shared_models']:,} model numbers recalled twice; {gen.stats['gtins']:,} GTINs; "
        f"{gen.stats['questions']:,} colour questions"
    )
    print("  serial rules: " + ", ".join(f"{k} {v:,}" for k, v in sorted(gen.rule_kinds.items())))
    if args.json_out:
        args.json_out.parent.mkdir(parents=True, exist_ok=True)
        args.json_out.write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        print(f"wrote {args.json_out} ({args.json_out.stat().st_size / 1e6:.0f} MB)")

    t2 = time.perf_counter()
    document = parse_document(data, "generated catalog")
    t3 = time.perf_counter()
    print(f"validated with parse_document in {t3 - t2:.1f} s")

    out: Path = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    engine = open_engine(out)
    try:
        t4 = time.perf_counter()
        replace_catalog(engine, document, source=f"benchmarks/generate_catalog.py --seed {args.seed}")
        t5 = time.perf_counter()
        with engine.begin() as conn:
            if args.analyze:
                conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        t6 = time.perf_counter()
    finally:
        engine.dispose()
    after = "ANALYZE + checkpoint" if args.analyze else "WAL checkpoint"
    print(f"loaded with replace_catalog in {t5 - t4:.1f} s ({after} {t6 - t5:.1f} s)")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.0f} MB); total {t6 - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
