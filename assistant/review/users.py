"""People and roles: who may draft, submit, review, export and refresh."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import PermissionDenied

PERMISSIONS = {
    "draft": {"marketer", "admin"},
    "submit": {"marketer", "admin"},
    "review": {"reviewer", "admin"},
    "export": {"marketer", "reviewer", "admin"},
    "refresh": {"marketer", "reviewer", "admin"},
}


@dataclass(frozen=True)
class User:
    name: str
    role: str
    display: str = ""

    def may(self, action: str) -> bool:
        return self.role in PERMISSIONS[action]


def find_user(settings, name: str | None, identity: dict | None = None) -> User:
    """The acting user: an identity provider's user when configured, else the local list in the settings."""
    if identity and identity.get("email"):
        return _signed_in(settings, str(identity["email"]))
    for u in settings.users:
        if u.name == name:
            return User(u.name, u.role, u.display or u.name)
    known = ", ".join(f"{u.name} ({u.role})" for u in settings.users)
    raise PermissionDenied(f"unknown user '{name}'", hint=f"act as one of: {known}, or add users with AUDIENCE_USERS")


def _signed_in(settings, email: str) -> User:
    """The user whose declared address is the whole signed-in address: `rachel@elsewhere` is not `rachel`."""
    wanted = email.strip().lower()
    for u in settings.users:
        if u.email and u.email.strip().lower() == wanted:
            return User(u.name, u.role, u.display or u.name)
    raise PermissionDenied(f"unknown user: {email} signed in but is not a declared user",
                           hint="an admin adds this address as the `email` of a user in AUDIENCE_USERS")


def _a(role: str) -> str:
    return f"an {role}" if role[0] in "aeiou" else f"a {role}"


def require(user: User, action: str) -> None:
    if not user.may(action):
        roles = " or ".join(_a(r) for r in sorted(PERMISSIONS[action]))
        raise PermissionDenied(f"{user.name} is {_a(user.role)}; only {roles} can {action}",
                               hint=f"sign in as {roles.split(' or ')[-1]} to {action}")
