namespace Deliberation.Tally.Elections;

/// <summary>
/// The result of a multi-seat election. <paramref name="Complete"/> is false when a tie that decides a seat
/// was met with no tie-break configured: <paramref name="Elected"/> then holds the seats decided before it
/// and the last entry of <paramref name="Ties"/> is the unresolved tie.
/// </summary>
public sealed record ElectionResult<TDetail>(
    IReadOnlyList<string> Elected,
    bool Complete,
    IReadOnlyList<TieResolution> Ties,
    TDetail Detail,
    string Text);
