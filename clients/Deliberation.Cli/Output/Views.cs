using Deliberation.Api.V1;
using Google.Protobuf;
using Spectre.Console;

namespace Deliberation.Cli.Output;

/// <summary>How answers are shown: a table for people, the message as JSON with --json.</summary>
internal static class Views
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void Show(CliContext cli, Session session, ParticipationCounts? participation = null)
    {
        List<(string, string)> rows =
        [
            ("id", session.SessionId),
            ("title", Texts(session.Title)),
            ("status", Name(session.Status.ToString())),
            ("languages", string.Join(", ", session.Languages) + $" (authoritative: {session.AuthoritativeLanguage})"),
        ];
        foreach (var item in session.Agenda)
        {
            var round = item.Rounds.LastOrDefault();
            rows.Add(($"agenda {item.AgendaItemId}", Texts(item.Title) + (round is null ? "" : $"\nround {round.Number} ({round.RoundId}): {Name(round.Phase.ToString())}, {Name(round.Status.ToString())}")));
        }
        if (participation is not null)
        {
            rows.Add(("people", $"{participation.Moderators} moderators, {participation.VotingParticipants} voting, {participation.Participants} not voting, {participation.Observers} observers"));
            foreach (var dimension in participation.ByGroup.GroupBy(g => g.Dimension))
                rows.Add((dimension.Key, string.Join(", ", dimension.Select(g => $"{g.Value} {g.Participants}"))));
        }
        rows.Add(("created", session.CreatedAt.ToDateTimeOffset().ToString("u")));
        Render(cli, session, "Session", rows.ToArray());
    }

    public static void Show(CliContext cli, ListParticipantsResponse list)
    {
        if (cli.Json)
        {
            cli.Output.WriteLine(Formatter.Format(list));
            return;
        }
        var table = new Table().Title("Participants").AddColumns("id", "name", "role", "votes", "groups");
        foreach (var p in list.Participants)
            table.AddRow(new Text(p.ParticipantId), new Text(p.Name + (p.Pseudonymous ? " (pseudonym)" : "")), new Text(Name(p.Role.ToString())),
                new Text(p.VotingRights ? "yes" : "no"), new Text(string.Join(", ", p.Groups.Select(g => $"{g.Key}={g.Value}"))));
        cli.Console.Write(table);
    }

    public static void Show(CliContext cli, Floor floor)
    {
        if (cli.Json)
        {
            cli.Output.WriteLine(Formatter.Format(floor));
            return;
        }
        if (floor.CurrentTurn is { } turn)
            cli.Console.Write(new Table().Title("Current turn").HideHeaders().AddColumn("").AddColumn("")
                .AddRow("turn", turn.TurnId).AddRow("speaker", turn.SpeakerId)
                .AddRow("time", $"{turn.SpokenSeconds:0}s of {(turn.LimitSeconds == 0 ? "no limit" : $"{turn.LimitSeconds}s")}{(turn.TimeUp ? " (TIME IS UP)" : "")}{(turn.Running ? "" : " (paused)")}")
                .AddRow("why", Markup.Escape(turn.ChosenBecause) + (turn.Override ? " [override]" : "")));
        var list = new Table().Title("Speakers list").AddColumns("#", "request", "participant", "kind");
        foreach (var (request, index) in floor.Waiting.Select((r, i) => (r, i)))
            list.AddRow((index + 1).ToString(), request.FloorRequestId, request.ParticipantId, Name(request.Kind.ToString()));
        cli.Console.Write(list);
        foreach (var statement in floor.Statements)
            cli.Output.WriteLine($"- {(statement.SpeakerId.Length > 0 ? statement.SpeakerId : statement.SpeakerRole.Length > 0 ? $"a {statement.SpeakerRole}" : "unattributed")}: {Texts(statement.Text).Replace("\n", " ")}");
    }

    public static void Show(CliContext cli, GetFloorStatisticsResponse statistics)
    {
        if (cli.Json)
        {
            cli.Output.WriteLine(Formatter.Format(statistics));
            return;
        }
        var speakers = new Table().Title("By speaker").AddColumns("participant", "turns", "seconds");
        foreach (var s in statistics.BySpeaker) speakers.AddRow(s.ParticipantId, s.Turns.ToString(), s.Seconds.ToString("0"));
        var groups = new Table().Title("By group").AddColumns("dimension", "value", "turns", "seconds");
        foreach (var g in statistics.ByGroup) groups.AddRow(g.Dimension, g.Value, g.Turns.ToString(), g.Seconds.ToString("0"));
        cli.Console.Write(speakers);
        cli.Console.Write(groups);
    }

    /// <summary>A sentence for people, or the message for scripts.</summary>
    public static void Show(CliContext cli, IMessage message, string sentence)
    {
        if (cli.Json) cli.Output.WriteLine(Formatter.Format(message));
        else cli.Output.WriteLine(sentence);
    }

    public static void Show(CliContext cli, Ballot ballot)
    {
        List<(string, string)> rows = [("id", ballot.BallotId)];
        rows.AddRange(ballot.Options is null
            ? [("proposal", ballot.ProposalId), ("rule", Commands.BallotRules.Describe(ballot.Rule))]
            : BallotOptionsView.Rows(ballot));
        rows.AddRange(
        [
            ("status", ballot.Status == BallotStatus.Open ? "open" : "closed"),
            ("changes", ballot.ChangesAllowed ? "allowed until close" : "a vote once cast stands"),
            ("secrecy", ballot.Secrecy switch { BallotSecrecy.Secret => "secret", BallotSecrecy.ResultsHidden => "results hidden until close", _ => "public" }),
            ("participation", $"{ballot.VotesStanding} of {ballot.ElectorCount} voters"),
        ]);
        if (ballot.ClosesAt is { } closesAt) rows.Add(("closes", closesAt.ToDateTimeOffset().ToString("u")));
        foreach (var batch in ballot.Batches)
            rows.Add(($"counted in room", $"{batch.Votes} by {(batch.Kind == BatchKind.Paper ? "paper" : "show of hands")}"
                + Watch.EventText.CountsOf(batch)
                + (batch.Dimension.Length > 0 ? $" ({batch.Dimension}={batch.Value})" : "") + (batch.Note.Length > 0 ? $"; {batch.Note}" : "")));
        if (ballot.RunningTotals is { } running)
            rows.Add(("so far", ballot.Rule?.Consent is null
                ? $"{running.Yes} yes, {running.No} no, {running.Abstain} abstain"
                : $"{running.Consent} consent, {running.StandAside} stand aside, {running.Block} block"));
        if (ballot.Result is { } result)
        {
            rows.Add(("result", result.Adopted ? "ADOPTED" : "REJECTED"));
            rows.Add(("votes", $"{result.Yes} yes, {result.No} no, {result.Abstain} abstain (base {result.Base})"));
            rows.Add(("why", result.Explanation));
            foreach (var group in result.ByGroup)
                rows.Add(($"{group.Dimension}={group.Value}", (group.Withheld ? Withheld(group.Voted, "counts") : $"{group.Yes} yes, {group.No} no, {group.Abstain} abstain")
                    + (group.Required ? $"; majority {(group.Held ? "held" : "failed")}" : "")));
        }
        if (ballot.ConsentResult is { } consent)
        {
            rows.Add(("result", consent.Adopted ? "ADOPTED" : Watch.EventText.Name(consent.Decision.ToString()).ToUpperInvariant()));
            rows.Add(("positions", Commands.BallotRules.Positions(consent)));
            rows.Add(("why", consent.Explanation));
            foreach (var group in consent.ByGroup)
                rows.Add(($"{group.Dimension}={group.Value}", (group.Withheld ? Withheld(group.Voted, "positions") : $"{group.Consent} consent, {group.StandAside} stand aside, {group.Block} block")
                    + (group.Vetoes ? $"; veto {(group.Stopped ? "used" : "not used")}" : "")));
        }
        if (ballot.Turnout is { } turnout)
            rows.Add(("turnout", string.Join("; ", [$"{turnout.Voted} of {turnout.Electors}" + (turnout.CountedInRoom > 0 ? $", and {turnout.CountedInRoom} counted in the room" : ""), .. turnout.ByGroup.Select(g => $"{g.Dimension}={g.Value}: {g.Voted} of {g.Electors}")])));
        Render(cli, ballot, "Ballot", rows.ToArray());
    }

    /// <summary>A group value whose counts a secret ballot keeps: "4 voted (counts withheld: ...)".</summary>
    public static string Withheld(int voted, string what) => $"{voted} voted ({what} withheld: one or two voted online, and would be known)";

    public static void Show(CliContext cli, CastVoteResponse vote) => Render(cli, vote, "Vote cast",
        ("vote", vote.VoteId),
        ("receipt", vote.Receipt),
        ("at", vote.CastAt.ToDateTimeOffset().ToString("u")));

    public static void Show(CliContext cli, GetBallotRecordResponse record) => Render(cli, record, $"Record of ballot {record.Ballot.BallotId}",
        [.. record.Votes.Select(v => (v.Receipt, (v.Marks is { } marks ? BallotOptionsView.Marks(marks) : v.Choice.ToString().ToLowerInvariant()) + (v.VoterId == "" ? "" : $" ({v.VoterId})")
            + (v.Weight > 1 ? $", weight {v.Weight}" : "") + (v.ProxyFor.Count > 0 ? $", also for {string.Join(", ", v.ProxyFor)}" : "")))]);

    public static void Show(CliContext cli, ProxiesResponse proxies) => Render(cli, proxies, "Proxies",
        [.. proxies.Grants.Select(g => (g.GrantorId, $"held by {g.HolderId}" + (g.BallotId.Length > 0 ? $" for ballot {g.BallotId}" : " for the session")))]);

    public static void Show(CliContext cli, WithdrawVoteResponse vote) => Render(cli, vote, "Vote withdrawn",
        ("vote", vote.VoteId),
        ("at", vote.WithdrawnAt.ToDateTimeOffset().ToString("u")));

    /// <summary>For scripts, prints the message as JSON and answers true.</summary>
    internal static bool AsJson(CliContext cli, IMessage message)
    {
        if (cli.Json) cli.Output.WriteLine(Formatter.Format(message));
        return cli.Json;
    }

    internal static void Render(CliContext cli, IMessage message, string heading, params (string Name, string Value)[] rows)
    {
        if (cli.Json)
        {
            cli.Output.WriteLine(Formatter.Format(message));
            return;
        }
        var table = new Table().Title(heading).HideHeaders().AddColumn("").AddColumn("");
        foreach (var (name, value) in rows) table.AddRow(new Text(name), new Text(value));
        cli.Console.Write(table);
    }

    internal static string Name(string enumName) => string.Concat(enumName.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    internal static string Texts(LocalizedText text) => string.Join("\n", text.Texts.Select(t => $"[{t.Language}] {t.Text}"));
}
