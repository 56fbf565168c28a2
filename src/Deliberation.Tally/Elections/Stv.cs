using Deliberation.Tally.Choices;

namespace Deliberation.Tally.Elections;

/// <summary>
/// Single transferable vote with the weighted inclusive Gregory method (WIGM, as in Scottish local
/// elections): a surplus is transferred from all of the elected candidate's ballots, each at its current value
/// times surplus / the candidate's votes. Each new ballot value is truncated (never rounded up) to
/// <see cref="Decimals"/> decimal places; the votes this loses are reported as lost to rounding.
/// Candidates reaching the quota are elected; surpluses are transferred largest first before any exclusion;
/// otherwise the candidate with fewest votes is excluded (ties: earlier stages, then the tie-break, else all
/// tied are excluded together if enough candidates remain, else the tie is reported). When the candidates
/// left equal the seats left, they are elected. Ballots are partial strict rankings.
/// </summary>
public static class Stv
{
    public const int Decimals = 9;

    public static ElectionResult<StvDetail> Tally(IReadOnlyList<string> candidates, IReadOnlyList<RankedBallot> ballots, StvRule rule)
    {
        var v = new Violations();
        var set = OptionSet.Check(candidates, v, "candidates");
        var tieBreaker = TieBreaker.Check(rule?.TieBreak, set, v);
        if (rule is null || rule.Seats < 1 || rule.Seats > set.Count) v.Add("rule.seats", "The seats must be between 1 and the number of candidates.");
        else if (!Enum.IsDefined(rule.Quota)) v.Add("rule.quota", "Unknown quota.");
        var profile = RankedProfile.Read(set, ballots, "STV", v);
        v.ThrowIfAny();
        return new StvCount(profile, rule!, tieBreaker).Run();
    }

    internal static decimal Truncate(decimal value) => Math.Round(value, Decimals, MidpointRounding.ToZero);
}
