package org.alliancegraph.actor;

import java.util.List;

/**
 * An actor: a state, party, army, organization, command, faction, group or person.
 *
 * @param id          stable lowercase id ({@code dprk}, {@code kim-il-sung})
 * @param name        full name
 * @param shortName   short name as tables show it
 * @param kind        state, party, army, international organization, government body, command, faction, group or person
 * @param aliases     the article's spellings and common romanizations
 * @param cow         Correlates of War state code, for states
 * @param start       start of existence as written (common record), or null
 * @param end         end of existence as written, or null
 * @param actsFor     the actors it acts for (a person for a state)
 * @param members     the members of a group
 */
public record ActorRecord(String id, String name, String shortName, String kind, List<String> aliases, Integer cow,
        String start, String end, List<String> actsFor, List<String> members) {

    public ActorRecord {
        aliases = List.copyOf(aliases);
        actsFor = List.copyOf(actsFor);
        members = List.copyOf(members);
    }
}
