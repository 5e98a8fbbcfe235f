package org.shellymanager.manager.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.shellymanager.manager.platform.ErrorCode;
import org.shellymanager.manager.platform.ManagerException;

/**
 * The rules that make archives a chain: a full backup first, then archives that each name the one before as their
 * parent, follow the same change lineage and start where it ended; a differential follows the full backup itself.
 */
final class BackupChain {

    private BackupChain() {
    }

    /** Refuses a chain that misses a member or holds one that does not continue the one before. */
    static void check(List<Manifest> chain) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one archive");
        }
        Manifest first = chain.getFirst();
        if (first.type() != BackupType.FULL) {
            throw broken("it starts with a " + first.type().name().toLowerCase(java.util.Locale.ROOT) + " archive; the full "
                    + "backup it builds on" + (first.chain() == null ? "" : " (archive " + rootOf(first) + ")") + " is missing");
        }
        for (int i = 1; i < chain.size(); i++) {
            Manifest parent = chain.get(i - 1);
            Manifest member = chain.get(i);
            Manifest.Chain link = member.chain();
            if (member.type() == BackupType.FULL) {
                throw broken("archive " + (i + 1) + " is a second full backup");
            }
            if (parent.chain() == null || !link.parentId().equals(parent.chain().backupId())) {
                throw broken("archive " + (i + 1) + " (" + link.backupId() + ") continues archive " + link.parentId()
                        + ", which is missing; the archive before it is " + (parent.chain() == null ? "a version 1 archive"
                        : parent.chain().backupId()));
            }
            if (!link.lineage().equals(parent.chain().lineage()) || link.changesSince() != parent.chain().changesThrough()) {
                throw broken("archive " + (i + 1) + " (" + link.backupId() + ") does not start where its parent ended");
            }
            if (member.type() == BackupType.DIFFERENTIAL && i != 1) {
                throw broken("differential archive " + link.backupId() + " must follow the full backup directly");
            }
        }
    }

    /**
     * The chain that ends with {@code last}, found by following parents among {@code available}.
     *
     * @throws ManagerException {@code backup.chain-broken} when a parent is not among them
     */
    static <T> List<T> ending(T last, List<T> available, Function<T, Manifest> manifest) {
        Map<String, T> byId = available.stream().filter(a -> manifest.apply(a).chain() != null)
                .collect(Collectors.toMap(a -> manifest.apply(a).chain().backupId(), a -> a, (a, b) -> a));
        List<T> chain = new ArrayList<>();
        for (T member = last; member != null; ) {
            chain.addFirst(member);
            Manifest.Chain link = manifest.apply(member).chain();
            String parentId = link == null ? null : link.parentId();
            if (parentId == null) {
                break;
            }
            member = Optional.ofNullable(byId.get(parentId)).orElseThrow(() -> broken("archive " + parentId + ", which "
                    + link.backupId() + " continues, is not in the backup directory"));
        }
        check(chain.stream().map(manifest).toList());
        return chain;
    }

    private static String rootOf(Manifest member) {
        return member.chain().parentId();
    }

    private static ManagerException broken(String detail) {
        return new ManagerException(ErrorCode.BACKUP_CHAIN_BROKEN, "The backup chain is incomplete: " + detail
                + ". Restore needs every archive from the full backup on. Nothing was changed.");
    }
}
