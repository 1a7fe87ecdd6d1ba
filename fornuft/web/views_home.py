"""The home page, "Mitt arbeid": what this person must do now (each capability's home items
for the person's role) and, for the administrator, what is still to set up."""

from __future__ import annotations

from django.shortcuts import render

from fornuft.core.permissions import role_required
from fornuft.core.roles import Role
from fornuft.platform import home


@role_required()
def my_work(request):
    items = home.home_items(request.user)
    steps = home.setup_steps(request.organization) if request.user.role == Role.ADMIN else []
    return render(request, "web/home.html", {
        "items": items,
        "waiting": sum(item.count for item in items),
        "steps": steps,
        "steps_left": sum(1 for step in steps if not step.done),
        "open_reviews": next((item.count for item in items if item.key == "governance.reviews"), None),
    })
