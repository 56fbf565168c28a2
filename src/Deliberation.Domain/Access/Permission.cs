namespace Deliberation.Domain.Access;

/// <summary>What a caller may want to do in a session; each RPC needs one.</summary>
public enum Permission
{
    /// <summary>Read the session, its agenda, participants and texts.</summary>
    View,

    /// <summary>Set up and run the session: lifecycle, groups, agenda, rounds, invitations, ballots.</summary>
    Moderate,

    /// <summary>Put texts before the session: submit proposals.</summary>
    Contribute,

    /// <summary>Cast a vote.</summary>
    Vote,

    /// <summary>Declare one's own value of a self-declared group dimension.</summary>
    DeclareOwnGroup,
}
