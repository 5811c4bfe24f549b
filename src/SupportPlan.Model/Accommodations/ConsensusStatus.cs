using System.Text.Json.Serialization;
using SupportPlan.Model.Json;

namespace SupportPlan.Model.Accommodations;

/// <summary>Where the consensus on an accommodation stands.</summary>
[JsonConverter(typeof(StrictEnumConverter<ConsensusStatus>))]
public enum ConsensusStatus
{
    /// <summary>合意: agreed with the student and guardians.</summary>
    Agreed,

    /// <summary>協議中: still being discussed.</summary>
    UnderDiscussion,

    /// <summary>教育支援委員会へ付託: no agreement; referred to the education support committee.</summary>
    ReferredToCommittee,
}
