namespace Deliberation.Tally.Groups;

/// <summary>A position under a consent rule.</summary>
public enum ConsentChoice
{
    Consent,
    /// <summary>Does not support, but lets the decision go ahead; recorded as a dissent.</summary>
    StandAside,
    /// <summary>A principled objection that stops the decision (see <see cref="ConsentRule"/>).</summary>
    Block,
}

/// <summary>One consent ballot, with the voter's groups for group vetoes.</summary>
public sealed record ConsentBallot(ConsentChoice Choice, decimal Weight = 1m, IReadOnlyList<string>? Groups = null);
