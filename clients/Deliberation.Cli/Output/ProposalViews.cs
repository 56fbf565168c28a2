using Deliberation.Api.V1;
using Spectre.Console;

namespace Deliberation.Cli.Output;

/// <summary>Proposals, amendments and diffs, as tables for people or JSON for scripts.</summary>
internal static class ProposalViews
{
    public static void Show(CliContext cli, Proposal proposal)
    {
        if (Views.AsJson(cli, proposal)) return;
        Views.Render(cli, proposal, $"Proposal (version {proposal.Version} of {proposal.LatestVersion})",
            ("id", proposal.ProposalId),
            ("status", Views.Name(proposal.Status.ToString())),
            ("title", Views.Texts(proposal.Title)),
            ("author", proposal.AuthorId),
            ("co-sponsors", proposal.Cosponsors.Count == 0 ? "none" : string.Join(", ", proposal.Cosponsors.Select(c => c.ParticipantId))),
            ("admission", Describe(proposal.Admission)),
            ("translations", string.Join("\n", proposal.Translations.Select(t =>
                $"{t.Language}: {Views.Name(t.State.ToString())}{(t.OutdatedSince > 0 ? $" since v{t.OutdatedSince}" : "")}{(t.Needs.Count > 0 ? $" (needs {string.Join(", ", t.Needs.Select(n => n.Part))})" : "")}"))));
        var body = new Table().Title("Body").AddColumn("paragraph").AddColumn("text");
        foreach (var paragraph in proposal.Paragraphs) body.AddRow(new Text(paragraph.ParagraphId), new Text(Views.Texts(paragraph.Text)));
        cli.Console.Write(body);
        if (proposal.Amendments.Count == 0) return;
        var amendments = new Table().Title("Amendments").AddColumn("#").AddColumn("id").AddColumn("status").AddColumn("base").AddColumn("conflicts");
        foreach (var a in proposal.Amendments)
            amendments.AddRow($"{a.Number}{(a.ParentAmendmentId.Length > 0 ? " (sub)" : "")}", a.AmendmentId, Views.Name(a.Status.ToString()), $"v{a.BaseVersion}", string.Join(", ", a.ConflictingParagraphIds));
        cli.Console.Write(amendments);
    }

    public static void Show(CliContext cli, ListProposalsResponse list)
    {
        if (Views.AsJson(cli, list)) return;
        var table = new Table().Title("Proposals").AddColumn("id").AddColumn("title").AddColumn("status").AddColumn("version").AddColumn("amendments");
        foreach (var p in list.Proposals)
            table.AddRow(new Text(p.ProposalId), new Text(Views.Texts(p.Title)), new Text(Views.Name(p.Status.ToString())), new Text($"v{p.Version}"), new Text(p.Amendments.Count.ToString()));
        cli.Console.Write(table);
    }

    public static void Show(CliContext cli, AmendmentResponse response)
    {
        if (Views.AsJson(cli, response)) return;
        var a = response.Amendment;
        Views.Render(cli, response, $"Amendment {a.Number}",
            ("id", a.AmendmentId),
            ("proposal", $"{a.ProposalId} (now at v{response.ProposalVersion})"),
            ("status", Views.Name(a.Status.ToString()) + (a.Reason.Length > 0 ? $": {a.Reason}" : "")),
            ("base", a.ParentAmendmentId.Length > 0 ? $"amendment {a.ParentAmendmentId}, revision {a.BaseVersion}" : $"v{a.BaseVersion}"),
            ("conflicts", a.ConflictingParagraphIds.Count == 0 ? "none" : string.Join(", ", a.ConflictingParagraphIds)),
            ("rationale", Views.Texts(a.Rationale)));
        Write(cli, response.Diffs);
    }

    public static void Show(CliContext cli, CompareVersionsResponse response)
    {
        if (Views.AsJson(cli, response)) return;
        Write(cli, response.Diffs);
    }

    /// <summary>The unified diffs of the languages the text is written in (either side).</summary>
    private static void Write(CliContext cli, IEnumerable<TextDiff> diffs)
    {
        foreach (var diff in diffs.Where(d => d.Title.Count > 0 || d.Paragraphs.Count > 0)) cli.Output.Write(diff.Unified);
    }

    public static string Describe(AdmissionRule rule) =>
        rule.Cosponsors == 0 ? "admitted at once" : $"{rule.Cosponsors} co-sponsor(s){(rule.Dimension.Length > 0 ? $" from {rule.DistinctValues} different {rule.Dimension} values" : "")}";
}
