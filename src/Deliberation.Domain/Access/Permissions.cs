namespace Deliberation.Domain.Access;

/// <summary>
/// Who may do what in a session: the one table that every RPC is checked against
/// (written out in docs/permissions.md, which a test holds to it).
/// </summary>
public static class Permissions
{
    public static bool Allows(Standing standing, Permission permission, bool votingRights = false) => permission switch
    {
        Permission.View => standing is Standing.Observer or Standing.Participant or Standing.VotingParticipant or Standing.Moderator or Standing.Operator,
        Permission.Moderate => standing is Standing.Moderator or Standing.Operator,
        Permission.Contribute => standing is Standing.Participant or Standing.VotingParticipant or Standing.Moderator,
        Permission.Vote => standing is Standing.VotingParticipant || (standing is Standing.Moderator && votingRights),
        Permission.DeclareOwnGroup => standing is Standing.Observer or Standing.Participant or Standing.VotingParticipant or Standing.Moderator,
        _ => false,
    };

    /// <summary>A member's standing follows from their role and voting rights.</summary>
    public static Standing StandingOf(Role role, bool votingRights) => role switch
    {
        Role.Moderator => Standing.Moderator,
        Role.Participant => votingRights ? Standing.VotingParticipant : Standing.Participant,
        _ => Standing.Observer,
    };
}
