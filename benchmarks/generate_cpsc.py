"""A CPSC Recalls API file of the full history's size and shape, for the import benchmark.

    python benchmarks/generate_cpsc.py [--records 10000] [--seed 1] [--out benchmarks/out/cpsc_full.json]

The real service returns about 9,900 records, 27 MB, as one bare JSON array (recalls.md §1). This
writes as many records with the same fields, the prose in the shapes CPSC uses (model numbers inside
the Description, serial rules in sentences, specs such as 20,000mAh and USB-C beside them, contact
prose with phone, hours, e-mails and addresses), deterministic for a seed.

Descriptions are about 700 characters of distinct sentences (a notice's own length).  Until
2026-12-02 a slip of operator precedence (adjacent string literals join before ``*``) repeated each
whole description one to three times; import figures from before that date were taken on that file.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

BRANDS = [
    "Anker",
    "Belkin",
    "Graco",
    "Ryobi",
    "Dewalt",
    "Mophie",
    "Jackery",
    "Gotrax",
    "Hover-1",
    "Ugreen",
    "Aukey",
    "Baseus",
    "Fisher-Price",
    "Evenflo",
    "Cuisinart",
    "Hamilton Beach",
    "Vornado",
    "Lasko",
    "Dyson",
    "Sunbeam",
    "Razor",
    "Segway",
    "Schwinn",
    "Bell",
    "Giro",
    "Coleman",
    "Black+Decker",
    "Bose",
    "JBL",
    "Sony",
    "Audio-Technica",
    "Skullcandy",
]
PRODUCTS = [
    ("power banks", "power bank"),
    ("wall chargers", "charger"),
    ("Bluetooth speakers", "speaker"),
    ("wireless earbuds", "charging case"),
    ("space heaters", "heater"),
    ("bicycle helmets", "helmet"),
    ("jogging strollers", "stroller"),
    ("car seats", "car seat"),
    ("hoverboards", "hoverboard"),
    ("air fryers", "air fryer"),
    ("dehumidifiers", "dehumidifier"),
    ("string lights", "light"),
    ("cordless drills", "drill"),
    ("e-bikes", "e-bike"),
    ("toy drones", "drone"),
]
HAZARDS = [
    (
        "fire and burn hazards",
        "The lithium-ion batteries can overheat and ignite, posing fire and burn hazards to consumers.",
    ),
    ("shock hazard", "The product's wiring can fail, posing an electric shock hazard."),
    ("fall hazard", "The frame can break during use, posing a fall hazard."),
    ("laceration hazard", "The blade guard can detach, posing a laceration hazard."),
]
RETAILERS = ["Amazon.com", "Walmart", "Target", "Best Buy", "Home Depot", "Lowe's", "Costco", "eBay"]


def model(rng: random.Random, brand: str) -> str:
    shape = rng.randrange(5)
    letters = "".join(c for c in brand.upper() if c.isalpha())[:2] or "XX"
    if shape == 0:
        return f"{letters[0]}{rng.randrange(1000, 9999)}"
    if shape == 1:
        return f"{letters}-{rng.randrange(100, 999)}{rng.choice('ABCX')}"
    if shape == 2:
        return f"{letters}{rng.randrange(10, 99)}{rng.choice(['PRO', 'MAX', 'S', 'T'])}"
    if shape == 3:
        return f"{rng.randrange(10000, 99999)}-{rng.randrange(100, 999)}"
    return f"{letters}{rng.randrange(100000, 999999)}"


def serial_sentence(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return (
            f"Recalled units have serial numbers that are {rng.choice([12, 14, 16])} characters long, "
            f"beginning with {rng.choice(['57V', '2K', 'A9', 'SN4'])}."
        )
    if kind == 1:
        lo = rng.randrange(1000, 5000)
        return f"The recall includes serial numbers {lo} through {lo + rng.randrange(10, 400)}."
    if kind == 2:
        return "The serial number is printed on a label on the bottom of the unit."
    if kind == 3:
        return (
            "Only units with qualifying serial numbers are included; consumers can check at the "
            "company's website."
        )
    return "The date code is printed on the back of the unit in MM/DD/YYYY format."


def details(rng: random.Random, brand: str, single: str, colours: list[str]) -> list[str]:
    """Sentences a notice adds about the look, the ports, the box and the labels (each notice
    takes two to four): more prose to read, with the numbers and words that are not models."""
    upc = "".join(rng.choices("0123456789", k=12))
    return [
        f"The {single} is {colours[0]} with a matte finish and an LED charge indicator on the top.",
        f"The {single} has {rng.choice(['one', 'two'])} USB-A ports and a USB-C port on one end.",
        f"It came with a {rng.randrange(3, 7)}-foot charging cable and a quick start guide.",
        f'The {single} was sold in a retail box with "{brand}" and a picture of the {single} on the front.',
        f"UPC {upc[0]} {upc[1:6]} {upc[6:11]} {upc[11]} is printed on the packaging.",
        f"The {single} weighs about {rng.randrange(1, 30)} pounds and has a {rng.choice(colours)} "
        "rubber base.",
        "The manufacture date is printed next to the serial number, in the format YYYY-MM.",
    ]


def record(rng: random.Random, i: int) -> dict:
    brand = rng.choice(BRANDS)
    plural, single = rng.choice(PRODUCTS)
    hazard_short, hazard = rng.choice(HAZARDS)
    year = rng.randrange(2012, 2027)
    number = f"{year % 100:02d}{rng.randrange(1, 800):03d}"
    models = sorted({model(rng, brand) for _ in range(rng.choice([1, 1, 1, 2, 3, 5]))})
    listed = ", ".join(models[:-1]) + (f" and {models[-1]}" if len(models) > 1 else models[-1])
    spec = rng.choice(["10,000mAh", "20,000mAh", "22.5W", "65W", "USB-C", "5V/2.4A", "1500W", "12V"])
    month = rng.randrange(1, 13)
    date = f"{year}-{month:02d}-{rng.randrange(1, 29):02d}T00:00:00"
    colours = rng.sample(["black", "white", "blue", "red", "gray", "green", "pink"], rng.randrange(1, 4))
    description = (
        f"This recall involves {brand} {plural} sold in {', '.join(colours)}. "
        f"The recalled {plural} have model number{'s' if len(models) > 1 else ''} {listed}. "
        f"The {single} is rated {spec} and measures about {rng.randrange(3, 30)} by {rng.randrange(2, 20)} "
        f'inches. "{brand}" is printed on the front of the {single}, and the model number is printed on '
        f"a label on the {rng.choice(['back', 'bottom', 'side'])}. {serial_sentence(rng)} "
        f"Only {plural} manufactured between {rng.choice(['January', 'March', 'June'])} {year - 1} and "
        f"{rng.choice(['July', 'September', 'December'])} {year - 1} are included in this recall. "
        + " ".join(rng.sample(details(rng, brand, single, colours), rng.randrange(2, 5)))
        + (" No other products are included." if rng.random() < 0.6 else "")
    ).strip()
    suffix = rng.choice(["Inc.", "LLC", "Limited", "Corp."])
    firm = f"{brand} {suffix}, of {rng.choice(['China', 'California', 'New York', 'Texas'])}"
    return {
        "RecallID": 5000 + i,
        "RecallNumber": number,
        "RecallDate": date,
        "LastPublishDate": date,
        "Title": f"{brand} Recalls {plural.title()} Due to {hazard_short.title()}; Sold Exclusively at "
        f"{rng.choice(RETAILERS)}",
        "Description": description,
        "URL": f"https://www.cpsc.gov/Recalls/{year}/{brand}-Recalls-{plural.replace(' ', '-')}-{i}",
        "ConsumerContact": (
            f"{brand} toll-free at 800-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)} from "
            f"{rng.randrange(7, 10)} a.m. to {rng.randrange(4, 9)} p.m. ET Monday through Friday, email at "
            f"recall@{brand.lower().replace(' ', '').replace('+', '')}.com or online at "
            f'www.{brand.lower().replace(" ", "").replace("+", "")}.com/recall and click on "Product '
            'Recalls" at the bottom of the page for more information.'
        ),
        "Products": [
            {
                "Name": f"{brand} {plural.title()}",
                "Description": "",
                "Model": "",
                "Type": "",
                "CategoryID": "",
                "NumberOfUnits": f"About {rng.randrange(1, 900) * 100:,}",
            }
        ],
        "Inconjunctions": [{"Country": "Canada"}] if rng.random() < 0.2 else [],
        "Images": [
            {
                "URL": f"https://www.cpsc.gov/s3fs-public/{number}-{k}.jpg",
                "Caption": f"Recalled {brand} {single}",
            }
            for k in range(rng.randrange(1, 6))
        ],
        "Injuries": [
            {
                "Name": f"The firm has received {rng.randrange(0, 60)} reports of incidents, including "
                f"{rng.randrange(0, 5)} minor injuries."
            }
        ],
        "Manufacturers": [{"Name": firm, "CompanyID": ""}],
        "Retailers": [
            {
                "Name": f"{', '.join(rng.sample(RETAILERS, 3))} stores nationwide and online from "
                f"{year - 2} through {year - 1} for between ${rng.randrange(10, 60)} and "
                f"${rng.randrange(60, 400)}.",
                "CompanyID": "",
            }
        ],
        "Importers": [],
        "Distributors": [],
        "SoldAtLabel": None,
        "ManufacturerCountries": [{"Country": "China"}],
        "ProductUPCs": [],
        "Hazards": [{"Name": hazard, "HazardType": "", "HazardTypeID": ""}],
        "Remedies": [
            {
                "Name": (
                    f"Consumers should immediately stop using the recalled {plural} and contact {brand} "
                    f"for a {rng.choice(['full refund', 'free replacement', 'free repair'])}. Consumers "
                    "should not throw the product in the trash or in battery recycling boxes; dispose of "
                    "it in accordance with local and state ordinances at a household hazardous waste "
                    "collection center. "
                    f"{brand} is contacting all known purchasers directly."
                )
            }
        ],
        "RemedyOptions": [{"Option": rng.choice(["Refund", "Replace", "Repair"])}],
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out" / "cpsc_full.json")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = []
    numbers = set()
    for i in range(args.records):
        rec = record(rng, i)
        while rec["RecallNumber"] in numbers:
            rec["RecallNumber"] = f"{int(rec['RecallNumber']) + 1:05d}"
        numbers.add(rec["RecallNumber"])
        records.append(rec)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(records), encoding="utf-8")
    print(f"wrote {args.out}: {len(records):,} records, {args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
