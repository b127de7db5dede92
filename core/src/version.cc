#include "contactcheck/version.h"

namespace contactcheck {

Versions versions() {
  // libphonenumber ships its metadata in the same release, so the two versions are the same
  // number; they are separate fields because a metadata-only update would change only one.
  return {CONTACTCHECK_VERSION, CONTACTCHECK_LPN_VERSION, CONTACTCHECK_LPN_VERSION};
}

}  // namespace contactcheck
