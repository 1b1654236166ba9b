"""The support area's use-cases in one place (the GUI, the CLI and the tests import from here)."""

from desktop.support.contributions import (  # noqa: F401
    ContributionInput,
    ContributionView,
    LabourInput,
    LabourView,
    add_contribution,
    add_labour,
    delete_contribution,
    delete_labour,
    list_contributions,
    list_labour,
    update_contribution,
    update_labour,
)
from desktop.support.donors import (  # noqa: F401
    DonorInput,
    DonorView,
    add_donor,
    delete_donor,
    get_donor,
    list_donors,
    update_donor,
)
from desktop.support.photos import PhotoView, add_photo, delete_photo, list_photos  # noqa: F401
from desktop.support.projects import (  # noqa: F401
    KindView,
    ProjectFilter,
    ProjectInput,
    ProjectView,
    Totals,
    add_kind,
    add_project,
    delete_project,
    get_project,
    list_kinds,
    list_projects,
    update_project,
)
