#include "tools/screenshots/Views.h"

QList<View> allViews()
{
    return browserViews() + formViews();
}
