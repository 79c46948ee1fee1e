"""The seed catalog's device pictures: every product has one, each file is a self-contained SVG Qt can
draw, and the model and serial label views the catalog names are there with their hotspots."""

from __future__ import annotations

import os

# Qt needs a platform; without a display it aborts.  Set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtSvg import QSvgRenderer

from recall_desk.catalog.load import read_document
from recall_desk.core.model import Picture, Product
from recall_desk.resources import resource, resources_dir

SVG_NS = "{http://www.w3.org/2000/svg}"


def seed_products() -> list[tuple[str, Product]]:
    document = read_document(resource("catalog", "seed.json"))
    return [
        (f"{recall.key}:{product.models[0].number}", product)
        for recall in document.recalls
        for product in recall.products
    ]


PRODUCTS = seed_products()
PICTURES = sorted(
    {p.file: p for _, product in PRODUCTS for p in product.pictures}.values(), key=lambda p: p.file
)


def test_the_seed_has_products_and_pictures() -> None:
    assert PRODUCTS
    assert PICTURES


@pytest.mark.parametrize(("name", "product"), PRODUCTS, ids=[n for n, _ in PRODUCTS])
def test_every_seed_product_has_a_picture(name: str, product: Product) -> None:
    assert product.pictures, f"{name} has no picture"


@pytest.mark.parametrize("picture", PICTURES, ids=[p.file for p in PICTURES])
def test_picture_file_exists_and_is_a_valid_svg(picture: Picture) -> None:
    path = resource(*picture.file.split("/"))
    assert path.is_file(), f"{picture.file} is missing from {resources_dir()}"
    assert path.resolve().is_relative_to(resources_dir().resolve())
    assert path.suffix == ".svg"
    assert QSvgRenderer(str(path)).isValid(), f"Qt cannot read {picture.file}"


@pytest.mark.parametrize("picture", PICTURES, ids=[p.file for p in PICTURES])
def test_picture_is_self_contained(picture: Picture) -> None:
    """viewBox-sized, no scripts, no embedded or linked images, no named fonts."""
    root = ET.parse(resource(*picture.file.split("/"))).getroot()
    assert root.tag == f"{SVG_NS}svg"
    assert root.get("viewBox"), "the drawing scales from its viewBox"
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in {"script", "image", "foreignObject", "use", "style"}, tag
        for attribute, value in element.attrib.items():
            assert "href" not in attribute, (tag, attribute)
            assert not attribute.startswith("on"), (tag, attribute)
            assert "url(" not in value or value.startswith("url(#"), (tag, attribute, value)
        family = element.get("font-family")
        assert family in (None, "sans-serif"), family


@pytest.mark.parametrize(("name", "product"), PRODUCTS, ids=[n for n, _ in PRODUCTS])
def test_label_views_are_pictured_with_their_hotspot(name: str, product: Product) -> None:
    for kind, label in (("model", product.model_label), ("serial", product.serial_label)):
        if label is None or label.view is None:
            continue
        views = [p for p in product.pictures if p.view == label.view]
        assert views, f"{name}: no {label.view!r} picture for the {kind} label"
        assert any(h.kind == kind for p in views for h in p.hotspots), (
            f"{name}: the {label.view!r} picture marks no {kind} label"
        )


@pytest.mark.parametrize(("name", "product"), PRODUCTS, ids=[n for n, _ in PRODUCTS])
def test_hotspots_lie_inside_their_picture(name: str, product: Product) -> None:
    for picture in product.pictures:
        for spot in picture.hotspots:
            assert spot.kind in ("model", "serial", "other")
            assert spot.w > 0 and spot.h > 0, (name, picture.file, spot)
            assert spot.x >= 0 and spot.x + spot.w <= 1, (name, picture.file, spot)
            assert spot.y >= 0 and spot.y + spot.h <= 1, (name, picture.file, spot)


def test_every_bundled_picture_is_used() -> None:
    folder = resources_dir() / "pictures"
    on_disk = {f"pictures/{p.name}" for p in Path(folder).glob("*") if p.is_file()}
    assert on_disk == {p.file for p in PICTURES}


@pytest.mark.parametrize("picture", [p for p in PICTURES if p.hotspots], ids=lambda p: p.file)
def test_hotspots_sit_on_the_label_text(qapp: object, picture: Picture) -> None:
    """Each drawing names its label text ``model-label`` / ``serial-label``; the catalog's box must sit
    on it (measured with Qt's text layout, so the font needs an application)."""
    renderer = QSvgRenderer(str(resource(*picture.file.split("/"))))
    box = renderer.viewBoxF()
    for spot in picture.hotspots:
        element = f"{spot.kind}-label"
        assert renderer.elementExists(element), f"{picture.file} has no #{element}"
        text = renderer.transformForElement(element).mapRect(renderer.boundsOnElement(element))
        x, y = (text.center().x() - box.x()) / box.width(), (text.center().y() - box.y()) / box.height()
        assert spot.x <= x <= spot.x + spot.w and spot.y <= y <= spot.y + spot.h, (picture.file, spot.kind)
        ratio = (spot.w * box.width() * spot.h * box.height()) / (text.width() * text.height())
        assert 0.6 < ratio < 1.6, (picture.file, spot.kind, ratio)
