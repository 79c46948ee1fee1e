"""A recall as the catalog's tables store it, made ready to insert.

Pure Python over :mod:`recall_desk.core` (no database layer): an import prepares its recalls in
worker processes (:mod:`recall_desk.catalog.importers.pool`), and
:func:`recall_desk.catalog.load.insert_recalls` only numbers the rows and inserts them.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from ..core.model import Recall
from ..core.search import fold, product_terms


class PreparedProduct(NamedTuple):
    """A product's rows, made ready to insert (see :class:`PreparedRecall`)."""

    brand: str
    name: str
    models_text: str
    doc_json: str
    models: tuple[tuple[str, str, str | None, str], ...]
    """(number, key, base key, folded key) of each model number."""
    gtins: tuple[str, ...]
    terms: list[str]


class PreparedRecall(NamedTuple):
    """A validated recall as the catalog's tables hold it: its columns, its document and its
    products' documents serialized as JSON text, each product's lookup rows and search terms.

    Plain tuples and strings: an import makes them in worker processes (the costly part of adding a
    recall) and the one writing the database only numbers and inserts them."""

    key: str
    agency: str
    number: str | None
    date: str | None
    title: str
    hazard: str | None
    notice_url: str | None
    doc_json: str
    products: tuple[PreparedProduct, ...]

    def document(self) -> dict[str, Any]:
        """The recall's whole document, as ``Recall.to_dict()`` gives it."""
        doc: dict[str, Any] = json.loads(self.doc_json)
        doc["products"] = [json.loads(p.doc_json) for p in self.products]
        return doc


def prepare(recall: Recall) -> PreparedRecall:
    """What :func:`insert_recalls` stores for ``recall``."""
    doc = recall.to_dict()
    product_docs = doc.pop("products")
    products = []
    for product, pdoc in zip(recall.products, product_docs, strict=True):
        models = []
        keys = []
        for m in product.models:
            key = m.key
            keys.append(key)
            models.append((m.number, key, m.base_key, fold(key)))
        products.append(
            PreparedProduct(
                product.brand,
                product.name,
                ", ".join(m.number for m in product.models),
                json.dumps(pdoc),
                tuple(models),
                tuple(product.gtins),
                product_terms(recall, product, keys),
            )
        )
    return PreparedRecall(
        recall.key,
        recall.agency,
        recall.number,
        recall.date,
        recall.title,
        recall.hazard,
        recall.notice_url,
        json.dumps(doc),
        tuple(products),
    )
