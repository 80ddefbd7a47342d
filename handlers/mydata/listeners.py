"""`/leernet mijn-data` (`my-data`) and `/leernet privacy`; the Home buttons; download and
erase. Erasing is confirmed in Slack's own dialog before the click reaches us."""

from typing import Any

from bot.catalog import t
from bot.domain.errors import BadInput
from bot.domain.mydata import Erased
from bot.text import escape
from handlers.home.publish import publish_home
from handlers.mydata.blocks import (
    MESSAGE_NETWORKS,
    overview_blocks,
    overview_modal,
    privacy_blocks,
    privacy_modal,
)
from handlers.mydata.channel import show_again, show_agreements, take_down
from handlers.mydata.export import as_json, as_markdown
from handlers.slack import ids
from handlers.slack.kit import section
from handlers.slack.listen import Listen
from handlers.slack.messaging import reach
from handlers.slack.turn import Turn


class MyDataHandlers:
    def __init__(self, listen: Listen) -> None:
        self.deps = listen.deps
        self.mydata = listen.deps.services.mydata

    # --- commands ---------------------------------------------------------------------------

    def show(self, call: Turn) -> None:
        data = self.mydata.overview(call.actor_team_id, call.user_id)
        call.reply(t("mydata.header", call.lang),
                   overview_blocks(data, call.lang, MESSAGE_NETWORKS))

    def privacy(self, call: Turn) -> None:
        call.reply(t("privacy.title", call.lang),
                   privacy_blocks(call.lang, self.deps.settings.retention))

    # --- clicks -----------------------------------------------------------------------------

    def on_open(self, turn: Turn) -> None:
        data = self.mydata.overview(turn.actor_team_id, turn.user_id)
        self._show_view(turn, overview_modal(data, turn.lang))

    def on_privacy(self, turn: Turn) -> None:
        self._show_view(turn, privacy_modal(turn.lang, self.deps.settings.retention))

    def _show_view(self, turn: Turn, view: dict[str, Any]) -> None:
        """A modal from Home or a message; pushed on top when clicked inside a modal."""
        if turn.view.get("type") == "modal":
            turn.client.views_push(trigger_id=turn.trigger_id, view=view)
        else:
            turn.client.views_open(trigger_id=turn.trigger_id, view=view)

    def on_export(self, turn: Turn) -> None:
        """Both files in one upload to the person's DM (files_upload_v2)."""
        data = self.mydata.overview(turn.actor_team_id, turn.user_id)
        lang, now = turn.lang, self.deps.clock()
        channel = turn.client.conversations_open(users=turn.user_id)["channel"]["id"]
        turn.client.files_upload_v2(
            channel=channel, initial_comment=t("mydata.exported", lang),
            file_uploads=[
                {"content": as_json(data, now), "filename": t("mydata.file.json", lang),
                 "title": t("mydata.file.json", lang)},
                {"content": as_markdown(data, now, lang), "filename": t("mydata.file.md", lang),
                 "title": t("mydata.file.md", lang)},
            ])
        if turn.channel_id != channel:
            turn.tell(t("mydata.exported.where", lang))

    def on_erase(self, turn: Turn) -> None:
        network_id = turn.action_id_value()
        names = {entry.network.id: entry.network.name
                 for entry in self.mydata.overview(turn.actor_team_id, turn.user_id).networks}
        erased = self.mydata.erase(turn.actor_team_id, turn.user_id, network_id)
        self._after_erase(turn, erased, t("mydata.erased.network", turn.lang,
                                          name=escape(names.get(network_id, "?"))))

    def on_erase_all(self, turn: Turn) -> None:
        if turn.action_value() != "all":
            raise BadInput()
        lang = turn.lang  # read before the language choice is erased with the rest
        erased = self.mydata.erase(turn.actor_team_id, turn.user_id, None)
        self._after_erase(turn, erased, t("mydata.erased.all", lang))

    def _after_erase(self, turn: Turn, erased: Erased, done: str) -> None:
        lang = turn.lang
        lines = [done]
        for posted in erased.reports:  # a former member, in the channel too
            show_again(turn.network_client(posted.network), posted)
        show_agreements(self.deps, turn.network_client, erased.agreements)
        for intro in erased.intros:
            client = reach(self.deps, turn.client, intro.team_id, intro.team_id)
            if not take_down(client, intro):  # kept trying by a delivery
                self.deps.services.kickoff.erased_card_left(intro.network_id, intro.ts)
                lines.append(t("mydata.erased.intro_left", lang, channel=intro.channel_id))
        text = "\n".join(lines)
        data = self.mydata.overview(turn.actor_team_id, turn.user_id)
        if turn.view.get("type") == "modal":
            view = overview_modal(data, lang)
            view["blocks"] = [section(text), *view["blocks"]][:100]
            turn.client.views_update(view_id=turn.view["id"], view=view)
        elif turn.body.get("response_url"):
            turn.respond(text, blocks=[section(text), *overview_blocks(data, lang,
                                                                        MESSAGE_NETWORKS)],
                         replace_original=True)
        else:
            turn.tell(text)
        publish_home(turn.client, self.deps, turn.team_id, turn.user_id)


def register(listen: Listen) -> None:
    handlers = MyDataHandlers(listen)
    listen.command(("mijn-data", "my-data", "mijndata", "mydata"), "help.mijn-data")(
        handlers.show)
    listen.command(("privacy",), "help.privacy")(handlers.privacy)
    listen.action(ids.MYDATA_OPEN)(handlers.on_open)
    listen.action(ids.PRIVACY_OPEN)(handlers.on_privacy)
    listen.action(ids.MYDATA_EXPORT)(handlers.on_export)
    listen.action(ids.MYDATA_ERASE)(handlers.on_erase)
    listen.action(ids.MYDATA_ERASE_ALL)(handlers.on_erase_all)
