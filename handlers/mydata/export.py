"""The export of a person's data: a JSON document (for programs) and Markdown (to read, in
the person's language). Pure functions; the listener uploads them."""

import json
from datetime import datetime
from typing import Any

from bot.catalog import Lang, t
from bot.domain.evaluations import SCALES
from bot.domain.mydata import MyData, NetworkData
from bot.domain.polls import options_of
from handlers.slack import ids
from storage.models import Poll


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _network_json(entry: NetworkData) -> dict[str, Any]:
    network, member, kickoff = entry.network, entry.member, entry.kickoff
    return {
        "network": {"id": network.id, "name": network.name, "channel_id": network.channel_id},
        "membership": {"role": str(member.role), "status": str(member.status),
                       "organisation": member.organisation, "joined_at": _iso(member.joined_at),
                       "status_changed_at": _iso(member.status_changed_at)},
        "kickoff": None if kickoff is None else {
            **{name: getattr(kickoff, name) for name in ids.KICKOFF_TEXT_FIELDS},
            "preferred_forms": [f for f in kickoff.preferred_forms.split(",") if f],
            "consent_intro": kickoff.consent_intro, "intro_posted": bool(kickoff.intro_ts),
            "submitted_at": _iso(kickoff.submitted_at), "updated_at": _iso(kickoff.updated_at)},
        "rsvps": [{"session": meeting.number, "starts_at": _iso(meeting.starts_at),
                   "answer": str(rsvp.answer), "answered_at": _iso(rsvp.answered_at)}
                  for rsvp, meeting in entry.rsvps],
        "votes": [{"poll": poll.number, "question": poll.question,
                   "option": _option(poll, vote.option_index)}
                  for vote, poll in entry.votes],
        "agenda_items": [{"session": meeting.number, "kind": str(item.kind), "text": item.text,
                          "created_at": _iso(item.created_at)}
                         for item, meeting in entry.agenda],
        "apply_at_work": [{"session": meeting.number, "text": item.text,
                           "by_date": item.by_date.isoformat() if item.by_date else None,
                           "outcome": str(item.outcome) if item.outcome else None,
                           "result": item.result, "obstacle": item.obstacle}
                          for item, meeting in entry.commitments],
        "action_items": [{"text": item.text,
                          "due_date": item.due_date.isoformat() if item.due_date else None,
                          "done": item.done_at is not None} for item in entry.items],
        "consents": [{"kind": str(c.kind), "text": c.text, "lang": c.lang,
                      "given_at": _iso(c.given_at), "withdrawn_at": _iso(c.withdrawn_at)}
                     for c in entry.consents],
        "named_evaluation_answers": [
            {"session": meeting.number,
             "scores": {name: getattr(answer, name) for name in SCALES},
             "keep": answer.keep, "change": answer.change}
            for answer, meeting in entry.named_answers],
        "intervision_questions_and_advice": [
            {"kind": e.kind, "text": e.text, "created_at": _iso(e.created_at)}
            for e in entry.intervision_entries],
        "intervision_takeaways": [
            {"case": case.title, "method": str(run.method), "takeaway": run.takeaway,
             "shared": run.takeaway_ts is not None} for run, case in entry.takeaways],
        "library_items": [{"title": i.title, "kind": str(i.kind), "text": i.text,
                           "visibility": str(i.visibility), "created_at": _iso(i.created_at),
                           "saved_from_your_message": i.author_id != entry.member.user_id,
                           "file": entry.library_files.get(i.id)}
                          for i in entry.library],
        "learning_questions": [{"question": row.question, "answered": row.answered,
                                "comment": row.comment} for row in entry.learning],
        "pairing": {"groups": [{"round": number, "with": others, "met": met}
                               for number, others, met in entry.pairs],
                    "paused_until_round": entry.pairing_paused_until,
                    "opted_out": entry.pairing_opted_out},
        "agreements_acknowledged": entry.agreements,
        "evaluations_answered": entry.evaluations,
        "message_receipts": entry.receipts,
    }


def _option(poll: Poll, index: int) -> str | None:
    options = options_of(poll)
    return options[index] if 0 <= index < len(options) else None


def as_json(data: MyData, made_at: datetime) -> str:
    return json.dumps({"user_id": data.user_id, "exported_at": made_at.isoformat(),
                       "language": data.language,
                       "networks": [_network_json(entry) for entry in data.networks],
                       "guest_invitations": [
                           {"network": network.name, "session": meeting.number,
                            "starts_at": _iso(meeting.starts_at),
                            "invited_at": _iso(guest.invited_at)}
                           for guest, meeting, network in data.guest_at]},
                      ensure_ascii=False, indent=2)


def as_markdown(data: MyData, made_at: datetime, lang: Lang) -> str:
    """Readable by anyone; the person's own texts as they typed them (a file, not a
    message: nothing in it is rendered by Slack)."""
    lines = [t("mydata.md.title", lang), "",
             t("mydata.md.made", lang, when=made_at.strftime("%Y-%m-%d %H:%M UTC"),
               user=data.user_id), ""]
    language = t(f"language.in.{data.language}", lang) if data.language else "-"
    lines += [t("mydata.md.language", lang, language=language), ""]
    for entry in data.networks:
        lines += _network_markdown(entry, lang)
    if data.guest_at:
        lines += [t("mydata.guest", lang), ""] + [
            f"- {network.name}: {meeting.number or '?'}, {_iso(meeting.starts_at)}"
            for _guest, meeting, network in data.guest_at] + [""]
    return "\n".join(lines) + "\n"


def _network_markdown(entry: NetworkData, lang: Lang) -> list[str]:
    document = _network_json(entry)
    member = document["membership"]
    lines = [t("mydata.md.network", lang, name=entry.network.name), "",
             t("mydata.md.membership", lang, role=t(f"role.{member['role']}", lang),
               status=t(f"status.{member['status']}", lang), since=member["status_changed_at"],
               joined=member["joined_at"], organisation=member["organisation"] or "-"), ""]
    kickoff = document["kickoff"]
    lines.append(t("mydata.md.kickoff", lang))
    if kickoff is None:
        lines.append(t("mydata.md.none", lang))
    else:
        lines += [f"- {t(f'kickoff.field.{name}', lang)}: {kickoff[name]}"
                  for name in ids.KICKOFF_TEXT_FIELDS if kickoff[name]]
        yes_no = t("mydata.md.yes" if kickoff["consent_intro"] else "mydata.md.no", lang)
        lines.append(t("mydata.md.consent", lang, consent=yes_no))
    sections = [
        ("mydata.md.rsvps", [f"- {r['starts_at']}: {r['answer']}" for r in document["rsvps"]]),
        ("mydata.md.votes", [f"- {v['question']}: {v['option']}" for v in document["votes"]]),
        ("mydata.md.agenda", [f"- {a['text']}" for a in document["agenda_items"]]),
        ("mydata.md.apply", [f"- {a['text']}" + (f" ({a['outcome']})" if a["outcome"] else "")
                             for a in document["apply_at_work"]]),
        ("mydata.md.items", [f"- {i['text']}" for i in document["action_items"]]),
        ("mydata.md.consents", [
            f"- {c['given_at']}: {c['text']}"
            + (f" ({t('mydata.md.withdrawn', lang, when=c['withdrawn_at'])})"
               if c["withdrawn_at"] else "")
            for c in document["consents"]]),
        ("mydata.md.named", [
            f"- {' · '.join(f'{k}: {v}' for k, v in a['scores'].items())}"
            + "".join(f"\n  - {a[k]}" for k in ("keep", "change") if a[k])
            for a in document["named_evaluation_answers"]]),
        ("mydata.md.library", [f"- {i['title']}" for i in document["library_items"]]),
        ("mydata.md.learning", [
            f"- {q['question']}: {t('final.answered.' + q['answered'], lang)}"
            + (f"\n  - {q['comment']}" if q["comment"] else "")
            for q in document["learning_questions"]]),
        ("mydata.md.pairing", [
            t("mydata.md.pairing.group", lang, round=g["round"], people=", ".join(g["with"]),
              met=t(f"mydata.md.pairing.met.{g['met']}".lower(), lang))
            for g in document["pairing"]["groups"]]),
        ("mydata.md.intervision", [
            f"- {e['text']}" for e in document["intervision_questions_and_advice"]] + [
            f"- {r['case']}: {r['takeaway']}" for r in document["intervision_takeaways"]]),
    ]
    for key, found in sections:
        lines += ["", t(key, lang), *(found or [t("mydata.md.none", lang)])]
    acks = ", ".join(str(v) for v in entry.agreements) or "-"
    lines += ["", t("mydata.md.other", lang, acks=acks, evaluations=entry.evaluations,
                    receipts=entry.receipts), ""]
    return lines
