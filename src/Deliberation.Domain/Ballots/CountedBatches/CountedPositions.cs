namespace Deliberation.Domain.Ballots.CountedBatches;

/// <summary>Positions on a consent ballot counted in the room: how many consented, stood aside and blocked.</summary>
public sealed record CountedPositions(int Consent, int StandAside, int Block)
{
    public static CountedPositions None { get; } = new(0, 0, 0);

    public int Total => Consent + StandAside + Block;
}
