using Deliberation.Api.V1;

namespace Deliberation.Cli.Output;

/// <summary>A tally's answer for people: what was decided, and the sentence that says why.</summary>
internal static class TallyView
{
    public static void Show(CliContext cli, TallyResponse tally)
    {
        var outcome = tally.Outcome;
        List<(string, string)> rows = [];
        if (outcome.Decision != TallyDecision.Unspecified) rows.Add(("decision", Views.Name(outcome.Decision.ToString())));
        if (outcome.Winners.Count > 0) rows.Add(("winners", string.Join(", ", outcome.Winners)));
        if (outcome.Elected.Count > 0) rows.Add(("elected", string.Join(", ", outcome.Elected)));
        if (outcome.Funded.Count > 0 || outcome.Budget != "") rows.Add(("funded", $"{string.Join(", ", outcome.Funded)} ({outcome.Spent} of {outcome.Budget})"));
        if (outcome.Irresolute) rows.Add(("irresolute", "a tie decides the result and no tie-break settled it"));
        rows.AddRange(tally.Ties.Select(t =>
            ("tie", $"{t.Stage}: {string.Join(", ", t.Tied)} -> {(t.Chosen == "" ? "unresolved" : $"{t.Chosen} by {Views.Name(t.By.ToString())}")}")));
        rows.Add(("why", tally.Text));
        Views.Render(cli, tally, "Tally", rows.ToArray());
    }
}
