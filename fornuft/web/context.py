from fornuft.web.navigation import menu_for


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.organization_id:
        return {"menu": []}
    from fornuft.core.models import SavedView

    return {"menu": menu_for(user),
            "saved_views": list(SavedView.objects.filter(user=user).only("pk", "name", "path", "query")[:50]),
            # A list page opened with filters can be saved under a name.
            "offer_save_view": request.method == "GET" and bool(request.GET)
            and not request.path.startswith("/api/")}
