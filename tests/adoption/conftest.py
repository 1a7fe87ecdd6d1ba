import pytest

from fornuft.core.models import Department
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.testing import factories


@pytest.fixture
def economy(org):
    with activate(org):
        return Department.objects.create(name="Økonomi")


@pytest.fixture
def manager(org, economy):
    return factories.user(org, Role.MANAGER, username="leder-a", department=economy)


@pytest.fixture
def reviewer(org, economy):
    return factories.user(org, Role.FINANCE, username="okonomi-a", department=economy)


@pytest.fixture
def system(org):
    return factories.ai_system(org, key="test.invoices", confidence_threshold=0.7, owner="Finance")
