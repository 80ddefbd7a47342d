"""The Home tab: each user's networks, next session and their own answer."""

from datetime import UTC, datetime, timedelta

from tests.conftest import ANN, BOB, FACILITATOR
from tests.slack_helpers import add_member, create_network, open_modal, plan_values


def _open_home(stack, user):
    def for_user(call):
        return call.args["user_id"] == user

    before = len([c for c in stack.twin.calls_to("views.publish") if for_user(c)])
    response = stack.driver.event({"type": "app_home_opened", "user": user, "tab": "home",
                                   "channel": "D0000009"})
    assert response.status == 200
    stack.twin.wait_for("views.publish", for_user, count=before + 1)
    return str(stack.twin.home(user)["blocks"])


def test_home_without_networks_says_how_to_start(stack):
    assert "/leernet nieuw" in _open_home(stack, BOB)


def test_home_shows_network_role_and_next_session_in_the_users_language(stack):
    create_network(stack)
    add_member(stack, ANN)
    starts_at = (datetime.now(UTC) + timedelta(days=10)).replace(second=0, microsecond=0)
    view = open_modal(stack, FACILITATOR, "plan")
    stack.driver.submit_view(FACILITATOR, view, plan_values(starts_at))
    facilitator_home = _open_home(stack, FACILITATOR)
    assert "Zorg &amp; Welzijn Gent" in facilitator_home and "facilitator" in facilitator_home
    assert "Volgende bijeenkomst" in facilitator_home
    ann_home = _open_home(stack, ANN)
    assert "participant" in ann_home and "Next session" in ann_home
    assert "haven't said yet" in ann_home
