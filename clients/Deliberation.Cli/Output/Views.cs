using Deliberation.Api.V1;
using Google.Protobuf;
using Spectre.Console;

namespace Deliberation.Cli.Output;

/// <summary>How answers are shown: a table for people, the message as JSON with --json.</summary>
internal static class Views
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    public static void Show(CliContext cli, Session session) => Render(cli, session, "Session",
        ("id", session.SessionId),
        ("title", Texts(session.Title)),
        ("languages", string.Join(", ", session.Languages)),
        ("created", session.CreatedAt.ToDateTimeOffset().ToString("u")));

    public static void Show(CliContext cli, Proposal proposal) => Render(cli, proposal, "Proposal",
        ("id", proposal.ProposalId),
        ("session", proposal.SessionId),
        ("title", Texts(proposal.Title)),
        ("body", Texts(proposal.Body)),
        ("submitted", proposal.SubmittedAt.ToDateTimeOffset().ToString("u")));

    public static void Show(CliContext cli, Ballot ballot)
    {
        List<(string, string)> rows =
        [
            ("id", ballot.BallotId),
            ("proposal", ballot.ProposalId),
            ("rule", "simple majority of votes cast"),
            ("status", ballot.Status == BallotStatus.Open ? "open" : "closed"),
        ];
        if (ballot.Result is { } result)
        {
            rows.Add(("result", result.Adopted ? "ADOPTED" : "REJECTED"));
            rows.Add(("votes", $"{result.Yes} yes, {result.No} no, {result.Abstain} abstain (base {result.Base})"));
            rows.Add(("why", result.Explanation));
        }
        Render(cli, ballot, "Ballot", rows.ToArray());
    }

    public static void Show(CliContext cli, CastVoteResponse vote) => Render(cli, vote, "Vote cast",
        ("vote", vote.VoteId),
        ("at", vote.CastAt.ToDateTimeOffset().ToString("u")));

    private static void Render(CliContext cli, IMessage message, string heading, params (string Name, string Value)[] rows)
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

    private static string Texts(LocalizedText text) => string.Join("\n", text.Texts.Select(t => $"[{t.Language}] {t.Text}"));
}
