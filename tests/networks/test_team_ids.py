"""Which workspaces a network stores as sharing its channel: team ids only, each once."""

from bot.domain.networks import joined_teams


def test_only_team_ids_are_kept_so_a_comma_cannot_smuggle_one_in():
    assert joined_teams(["T0OOST", "T0OOST", "E0GRID"]) == "T0OOST,E0GRID"
    assert joined_teams(["T0OOST,T0EVIL", "", "t0lower", "U0USER", "T" * 40]) == ""


def test_a_channel_shared_with_many_organisations_fits():
    many = [f"T{n:010d}" for n in range(250)]  # Slack Connect's most organisations
    assert joined_teams(many).split(",") == many
