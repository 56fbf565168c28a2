namespace Deliberation.Domain.Proposals.Submission;

/// <summary>
/// What a proposal needs to leave the draft state: <see cref="Cosponsors"/> co-sponsors and, when a
/// <see cref="Dimension"/> is named, co-sponsors with at least <see cref="DistinctValues"/> different
/// declared values of it (cross-community sponsorship; "undisclosed" counts for nothing).
/// </summary>
public sealed record AdmissionRule(int Cosponsors, string? Dimension, int DistinctValues)
{
    public static readonly AdmissionRule None = new(0, null, 0);

    public bool IsMetBy(IReadOnlyList<Cosponsor> cosponsors) =>
        cosponsors.Count >= Cosponsors &&
        (Dimension is null || cosponsors.Select(c => c.GroupValue).Where(v => v is not null && v != Sessions.Groups.GroupDimension.Undisclosed).Distinct().Count() >= DistinctValues);
}

/// <summary>A participant who backs a proposal, with their value of the admission rule's dimension when they joined.</summary>
public sealed record Cosponsor(Guid ParticipantId, string? GroupValue, DateTimeOffset JoinedAt);
