namespace Deliberation.Engine.Feed;

/// <summary>
/// The proof that every sequence number up to <see cref="Sequence"/> is final: it was read from the
/// sequence before the transactions then open were listed, so any transaction that took one of those
/// numbers is among <see cref="OpenTransactions"/> or had already ended. Once all of those have ended,
/// every event numbered up to <see cref="Sequence"/> is either committed and visible, or never will be.
/// </summary>
internal sealed record Fence(long Sequence, IReadOnlyList<string> OpenTransactions);
