using Deliberation.Domain.Access;
using Deliberation.Domain.Proposals.Text;

namespace Deliberation.Domain.Proposals.Merging;

/// <summary>
/// A new version of the kept proposal: the merged proposal's paragraphs appended under new ids, each
/// language as current or outdated as it was there.
/// </summary>
public sealed record ProposalsMerged(Guid ProposalId, Guid SessionId, Guid MergedProposalId, int Version, IReadOnlyList<Paragraph> Appended, Actor By, DateTimeOffset At);

/// <summary>The merged proposal ends here; its text and history continue in <see cref="IntoProposalId"/>.</summary>
public sealed record ProposalMergedInto(Guid ProposalId, Guid SessionId, Guid IntoProposalId, int IntoVersion, Actor By, DateTimeOffset At);
