"""Intake's Django side: catalogue import and search, equipment register, pages, API, CLI, demo."""

import pytest
from click.testing import CliRunner
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from fornuft.cli import cli
from fornuft.intake import services
from fornuft.intake.demo import load
from fornuft.testing import factories

ENGLISH = {"HTTP_ACCEPT_LANGUAGE": "en"}
CSV = (b"product_id,name,description,unit,price,image,synonyms\n"
       b"HP-1,Heat pump Nordic,Air to air,pcs,18900,,varmepumpe|air heat pump\n"
       b"CU-1,Copper pipe,Insulated,m,189,,kobberror\n")


@pytest.fixture
def org(db):
    return factories.organization()


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def _logged_in(org) -> Client:
    client = Client(**ENGLISH)
    client.force_login(factories.user(org))
    return client


def test_catalogue_import_updates_by_id_and_stays_in_its_organization(org):
    assert services.import_catalogue(org, CSV) == (2, 0)
    assert services.import_catalogue(org, CSV.replace(b"18900", b"17900")) == (0, 2)
    other = factories.organization()
    assert services.list_products(other) == []
    pump = services.search_products(org, "varmepumpe")[0]
    assert pump.product_id == "HP-1" and float(pump.price) == 17900


def test_fuzzy_search_finds_a_misspelt_name(org):
    services.import_catalogue(org, CSV)
    assert services.search_products(org, "coper pipe")[0].product_id == "CU-1"


def test_a_bad_catalogue_is_refused_whole(org):
    with pytest.raises(ValueError, match="row 4"):
        services.import_catalogue(org, CSV + b"X-1,Valve,,stk,not a price,,\n")
    assert services.list_products(org) == []


def test_equipment_is_matched_by_serial_number(org):
    first, created = services.find_or_create_equipment(org, {"manufacturer": "Daikin", "serial_number": "E1"})
    again, created_again = services.find_or_create_equipment(org, {"manufacturer": "Daikin", "serial_number": "e1",
                                                                   "model": "RXM35", "year": 2021})
    assert created and not created_again and first.pk == again.pk
    assert again.model == "RXM35" and again.year == 2021


def test_the_catalogue_page_imports_and_searches(org):
    client = _logged_in(org)
    response = client.post("/intake/", {"csv": SimpleUploadedFile("c.csv", CSV, "text/csv")})
    assert response.status_code == 302
    page = client.get("/intake/?q=kobberror").content.decode()
    assert "Copper pipe" in page and "Heat pump Nordic" not in page
    refused = client.post("/intake/", {"csv": SimpleUploadedFile("c.exe", b"MZ", "application/octet-stream")})
    assert refused.status_code == 400


def test_pages_need_a_login():
    assert Client().get("/intake/").status_code == 302
    assert Client().get("/intake/equipment/").status_code == 302


def test_the_api_saves_and_searches_products(org):
    client = _logged_in(org)
    created = client.post("/api/v1/intake/products", {"product_id": "V-1", "name": "Supply valve", "price": "690"},
                          content_type="application/json")
    assert created.status_code == 201
    assert [p["product_id"] for p in client.get("/api/v1/intake/products?q=valve").json()] == ["V-1"]
    refused = client.post("/api/v1/intake/products", {"product_id": " ", "name": "x"}, content_type="application/json")
    assert refused.status_code == 400


def test_the_cli_imports_a_catalogue(org, tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_bytes(CSV)
    result = CliRunner().invoke(cli, ["intake", "import-catalog", "--org", org.slug, str(path)])
    assert result.exit_code == 0 and "2 products added" in result.output


def test_the_demo_catalogue_is_loaded_once(org):
    load(org)
    count = len(services.list_products(org))
    load(org)
    assert count >= 10 and len(services.list_products(org)) == count
