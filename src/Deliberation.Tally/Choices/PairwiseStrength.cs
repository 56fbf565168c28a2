namespace Deliberation.Tally.Choices;

/// <summary>How strong a pairwise defeat of b by a is, for Schulze and ranked pairs.</summary>
public enum PairwiseStrength
{
    /// <summary>The votes for a over b (Schulze's and Tideman's default).</summary>
    WinningVotes,
    /// <summary>Votes for a over b minus votes for b over a.</summary>
    Margins,
}
