namespace Deliberation.Tally.Motions;

/// <summary>Checks a quorum; shared by motion, group and consent rules.</summary>
internal static class QuorumRules
{
    public static void Check(Quorum quorum, Electorate? electorate, Violations violations, string path)
    {
        if (quorum.Count is null && quorum.Share is null) violations.Add(path, "A quorum needs a count or a share.");
        if (quorum.Count < 0) violations.Add($"{path}.count", "Must not be negative.");
        if (quorum.Share is { } s && !s.IsValid) violations.Add($"{path}.share", "Must be a fraction between 0 and 1.");
        if (quorum.Share is not null && electorate is null)
            violations.Add("electorate.eligible", "A quorum given as a share needs the number of eligible members.");
        if (quorum.Counts == QuorumBasis.Present && electorate?.Present is null)
            violations.Add("electorate.present", "A quorum of those present needs the number present.");
    }

    /// <summary>Participation meets the quorum when it reaches the count and the share of eligible members (exact).</summary>
    public static QuorumCheck Evaluate(Quorum quorum, Electorate? electorate, decimal cast)
    {
        var participation = quorum.Counts == QuorumBasis.Present ? electorate!.Present!.Value : cast;
        var met = true;
        decimal required = 0;
        if (quorum.Count is { } count)
        {
            met &= participation >= count;
            required = count;
        }
        if (quorum.Share is { } share)
        {
            met &= share.CompareShare(participation, electorate!.Eligible) >= 0;
            required = Math.Max(required, share.Of(electorate.Eligible));
        }
        return new QuorumCheck(required, participation, quorum.Counts, met);
    }
}
