from fornuft.web.navigation import menu_for


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.organization_id:
        return {"menu": []}
    return {"menu": menu_for(user)}
