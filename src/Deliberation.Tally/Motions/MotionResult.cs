namespace Deliberation.Tally.Motions;

/// <summary>
/// The outcome of a motion, with the counts it follows from and a sentence that says why.
/// <paramref name="Base"/> is the number the threshold was measured against.
/// </summary>
public sealed record MotionResult(int Yes, int No, int Abstain, int Base, bool Adopted, string Explanation);
