from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "fornuft.projects"
    label = "projects"
    verbose_name = "Projects"
