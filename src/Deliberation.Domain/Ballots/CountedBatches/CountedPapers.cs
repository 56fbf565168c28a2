using Deliberation.Domain.Ballots.Options;

namespace Deliberation.Domain.Ballots.CountedBatches;

/// <summary>Paper ballots of an options ballot counted in the room: this many papers marked the same way (no option: blank).</summary>
public sealed record CountedPapers(OptionMarks Marks, int Count);
